/**
 * Settings → Learning Record Store: where to send, as whom, and how it is going (outbox size,
 * refused statements, last error). Off until the fellow switches it on.
 */
import { useId, useState, type ReactNode } from 'react'
import { useOutboxSummary, useSetting } from '@/db/hooks'
import { discardRejected, retryRejected } from '@/db/outbox'
import { formatDateTime, plural } from '@/lib/format'
import { configProblems, CONFIG_KEY, defaultConfig, loadConfig, saveConfig, STATUS_KEY, type SenderStatus, type XapiConfig } from './config'
import { startProjection } from './projector'
import { sendNow, startXapi, stopXapi } from './runner'
import { testConnection } from './sender'

type Problems = ReturnType<typeof configProblems>

function Field({ label, error, hint, children }: { label: string; error?: string | undefined; hint?: string; children: (ids: { id: string; describedBy: string | undefined }) => ReactNode }) {
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className="field lrs__field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="lrs__hint">
          {hint}
        </span>
      ) : null}
      {children({ id, describedBy })}
      {error ? (
        <span id={`${id}-error`} className="lrs__error">
          {error}
        </span>
      ) : null}
    </div>
  )
}

export function LrsSettings() {
  // null: never configured; undefined: still loading.
  const saved = useSetting<XapiConfig | null>(CONFIG_KEY, null)
  // The form starts from the first value loaded and then stays mounted: a live query that
  // briefly reloads must not wipe what the fellow is typing.
  const [initial, setInitial] = useState<XapiConfig | undefined>()
  if (initial === undefined && saved !== undefined) setInitial({ ...defaultConfig(), ...saved })
  if (initial === undefined) return <p role="status">Loading…</p>
  return <LrsForm initial={initial} enabledNow={Boolean(saved?.enabled)} />
}

function LrsForm({ initial, enabledNow }: { initial: XapiConfig; enabledNow: boolean }) {
  const status = useSetting<SenderStatus>(STATUS_KEY, {})
  const outbox = useOutboxSummary()
  const [form, setForm] = useState<XapiConfig>(initial)
  const [problems, setProblems] = useState<Problems>({})
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const set = (change: Partial<XapiConfig>) => setForm({ ...form, ...change })

  const check = (): boolean => {
    const found = form.enabled ? configProblems(form) : {}
    setProblems(found)
    if (Object.keys(found).length) setMessage({ kind: 'error', text: 'Some settings need attention before sending can start; see the messages under the fields.' })
    return !Object.keys(found).length
  }

  const save = async () => {
    setMessage(null)
    if (!check()) return
    setBusy(true)
    const before = await loadConfig()
    const ok = await saveConfig(form)
    if (ok && form.enabled) {
      // Switching on starts from now: what was studied before is not sent.
      if (!before?.enabled) await startProjection()
      startXapi()
      await sendNow()
    }
    if (ok && !form.enabled) stopXapi()
    setBusy(false)
    setMessage(ok ? { kind: 'ok', text: form.enabled ? 'Saved. Learning records will be sent to the LRS.' : 'Saved. Nothing will be sent.' } : { kind: 'error', text: 'The settings could not be saved in this browser.' })
  }

  const test = async () => {
    setMessage(null)
    const found = configProblems(form)
    setProblems(found)
    if (found.endpoint || found.credentials) return setMessage({ kind: 'error', text: 'Enter the LRS address and credentials first.' })
    setBusy(true)
    const result = await testConnection(form)
    setBusy(false)
    setMessage({ kind: result.ok ? 'ok' : 'error', text: result.message })
  }

  const sendPending = async () => {
    setMessage(null)
    setBusy(true)
    startXapi()
    await sendNow()
    setBusy(false)
  }

  return (
    <section aria-labelledby="lrs-heading" className="settings-group lrs">
      <h2 id="lrs-heading">Learning Record Store (xAPI)</h2>
      <p>
        Off unless you switch it on. When on, Dolor sends a record of the sections you study, the items you answer and the tests and cases you finish to your program's Learning Record Store,
        under the name you choose. The address and credentials stay in this browser: they are not part of the app and not included in backups.
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <label className="radio-row">
          <input type="checkbox" checked={form.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
          Send learning records to an LRS
        </label>
        <Field label="LRS endpoint" hint="The xAPI address your program gave you, for example https://lrs.example.org/xapi/" error={problems.endpoint}>
          {({ id, describedBy }) => <input id={id} type="url" inputMode="url" autoComplete="off" value={form.endpoint} aria-invalid={Boolean(problems.endpoint)} aria-describedby={describedBy} onChange={(e) => set({ endpoint: e.target.value })} />}
        </Field>
        <fieldset>
          <legend>Authentication</legend>
          <label className="radio-row">
            <input type="radio" name="lrs-auth" checked={form.auth.kind === 'basic'} onChange={() => set({ auth: { kind: 'basic', username: '', password: '' } })} />
            Basic (key and secret)
          </label>
          <label className="radio-row">
            <input type="radio" name="lrs-auth" checked={form.auth.kind === 'bearer'} onChange={() => set({ auth: { kind: 'bearer', token: '' } })} />
            Bearer token
          </label>
          {form.auth.kind === 'basic' ? (
            <>
              <Field label="Username or key" error={problems.credentials}>
                {({ id, describedBy }) => (
                  <input id={id} autoComplete="off" value={form.auth.kind === 'basic' ? form.auth.username : ''} aria-invalid={Boolean(problems.credentials)} aria-describedby={describedBy} onChange={(e) => form.auth.kind === 'basic' && set({ auth: { ...form.auth, username: e.target.value } })} />
                )}
              </Field>
              <Field label="Password or secret">
                {({ id }) => <input id={id} type="password" autoComplete="new-password" value={form.auth.kind === 'basic' ? form.auth.password : ''} onChange={(e) => form.auth.kind === 'basic' && set({ auth: { ...form.auth, password: e.target.value } })} />}
              </Field>
            </>
          ) : (
            <Field label="Token" error={problems.credentials}>
              {({ id, describedBy }) => (
                <input id={id} type="password" autoComplete="off" value={form.auth.kind === 'bearer' ? form.auth.token : ''} aria-invalid={Boolean(problems.credentials)} aria-describedby={describedBy} onChange={(e) => set({ auth: { kind: 'bearer', token: e.target.value } })} />
              )}
            </Field>
          )}
        </fieldset>
        <Field label="Your name in the LRS" hint="Any name or code your program recognises; your e-mail is not needed." error={problems.accountName}>
          {({ id, describedBy }) => <input id={id} autoComplete="off" value={form.accountName} aria-invalid={Boolean(problems.accountName)} aria-describedby={describedBy} onChange={(e) => set({ accountName: e.target.value })} />}
        </Field>
        <Field label="Account home page" hint="Who issued that name; this Dolor's address unless your program says otherwise." error={problems.accountHomePage}>
          {({ id, describedBy }) => <input id={id} type="url" autoComplete="off" value={form.accountHomePage} aria-invalid={Boolean(problems.accountHomePage)} aria-describedby={describedBy} onChange={(e) => set({ accountHomePage: e.target.value })} />}
        </Field>
        <Field label="E-mail (optional)" hint="Only if your program asks for it: sent instead of the name above." error={problems.email}>
          {({ id, describedBy }) => <input id={id} type="email" autoComplete="email" value={form.email ?? ''} aria-invalid={Boolean(problems.email)} aria-describedby={describedBy} onChange={(e) => set({ email: e.target.value })} />}
        </Field>
        <Field label="Pass mark for tests (%)" hint="A finished test at or above it is reported as passed, below it as failed." error={problems.passMark}>
          {({ id, describedBy }) => (
            <input id={id} type="number" min={0} max={100} step={1} value={Math.round(form.passMark * 100)} aria-invalid={Boolean(problems.passMark)} aria-describedby={describedBy} onChange={(e) => set({ passMark: Number(e.target.value) / 100 })} />
          )}
        </Field>
        <div className="data-controls__row">
          <button type="submit" className="button button--primary" disabled={busy}>
            Save LRS settings
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void test()}>
            Test connection
          </button>
          <button type="button" className="button" disabled={busy || !enabledNow || !outbox?.pending} onClick={() => void sendPending()}>
            Send now
          </button>
        </div>
      </form>
      {busy ? <p role="status">Working…</p> : null}
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'data-controls__error' : undefined}>
          {message.text}
        </p>
      ) : null}
      <dl className="facts" aria-label="Sending status">
        <dt>Waiting to be sent</dt>
        <dd data-testid="outbox-pending">{outbox ? plural(outbox.pending, 'statement') : '…'}</dd>
        {outbox?.rejected ? (
          <>
            <dt>Refused by the LRS</dt>
            <dd>
              {plural(outbox.rejected, 'statement')}{' '}
              <button type="button" className="button" onClick={() => void retryRejected().then(sendPending)}>
                Retry refused
              </button>{' '}
              <button type="button" className="button" onClick={() => void discardRejected()}>
                Discard refused
              </button>
            </dd>
          </>
        ) : null}
        <dt>Last sent</dt>
        <dd>{status?.lastSentAt ? formatDateTime(status.lastSentAt) : 'Never'}</dd>
        {status?.lastError && outbox && (outbox.pending || outbox.rejected) ? (
          <>
            <dt>Last error</dt>
            <dd data-testid="outbox-error">
              {status.lastError.message} ({formatDateTime(status.lastError.at)})
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}
