/**
 * Export, import and reset. Import reads and validates the whole file, shows what it would
 * add, and merges only when the fellow confirms; reset names what it will delete.
 */
import { useRef, useState } from 'react'
import { backupFileName, countRows, exportBackup, importBackup, previewImport, resetAll, type ImportPreview } from '@/db/backup/io'
import type { BackupTables } from '@/db/backup/format'
import { formatDate, plural } from '@/lib/format'

const labels: Record<keyof BackupTables, [string, string]> = {
  attempts: ['answer', 'answers'],
  tests: ['test', 'tests'],
  sectionProgress: ['section record', 'section records'],
  caseRuns: ['case run', 'case runs'],
  reviewCards: ['review card', 'review cards'],
  reviewLogs: ['review log entry', 'review log entries'],
  flags: ['flag', 'flags'],
  notes: ['note', 'notes'],
  settings: ['setting', 'settings'],
}
const order = Object.keys(labels) as (keyof BackupTables)[]

function describeCounts(counts: Partial<Record<keyof BackupTables, number>>): string {
  const parts = order.filter((t) => (counts[t] ?? 0) > 0).map((t) => plural(counts[t] ?? 0, labels[t][0], labels[t][1]))
  return parts.length ? parts.join(', ') : 'nothing'
}

export function DataControls() {
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [counts, setCounts] = useState<Record<keyof BackupTables, number> | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const resetDialog = useRef<HTMLDialogElement>(null)

  const download = async () => {
    setMessage(null)
    try {
      const now = Date.now()
      const backup = await exportBackup(now)
      const url = URL.createObjectURL(new Blob([JSON.stringify(backup)], { type: 'application/json' }))
      const a = document.createElement('a')
      a.href = url
      a.download = backupFileName(now)
      document.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      const total = Object.values(backup.tables).reduce((n, rows) => n + rows.length, 0)
      setMessage({ kind: 'ok', text: `Exported ${plural(total, 'record')} to ${backupFileName(now)}.` })
    } catch (error) {
      setMessage({ kind: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` })
    }
  }

  const choose = async (file: File | undefined) => {
    setMessage(null)
    setPreview(null)
    if (!file) return
    setBusy(true)
    try {
      setPreview(await previewImport(await file.text()))
    } catch (error) {
      setPreview({ ok: false, error: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` })
    } finally {
      setBusy(false)
    }
  }

  const confirmImport = async () => {
    if (!preview?.ok) return
    setBusy(true)
    const result = await importBackup(preview.backup)
    setBusy(false)
    setPreview(null)
    if (fileInput.current) fileInput.current.value = ''
    if (result.ok) {
      const added = Object.fromEntries(order.map((t) => [t, result.plan.summary[t].added + result.plan.summary[t].updated]))
      setMessage({ kind: 'ok', text: `Import complete: ${describeCounts(added)} added or updated.` })
    } else setMessage({ kind: 'error', text: result.error })
  }

  const openReset = async () => {
    setMessage(null)
    setCounts(await countRows())
    resetDialog.current?.showModal()
  }

  const confirmReset = async () => {
    const ok = await resetAll()
    resetDialog.current?.close()
    if (ok) {
      try {
        localStorage.removeItem('dolor.theme')
        localStorage.removeItem('dolor.textSize')
      } catch {
        /* storage blocked: nothing to clear */
      }
    }
    setMessage(ok ? { kind: 'ok', text: 'All data in this browser was deleted.' } : { kind: 'error', text: 'Reset failed; nothing was deleted.' })
  }

  const summary = preview?.ok ? preview.plan.summary : null
  const adds = summary ? Object.fromEntries(order.map((t) => [t, summary[t].added])) : {}
  const updates = summary ? Object.fromEntries(order.map((t) => [t, summary[t].updated])) : {}
  const nothing = summary ? order.every((t) => summary[t].added + summary[t].updated === 0) : false

  return (
    <div className="data-controls">
      <h3>Back up and restore</h3>
      <p>Export everything (progress, answers, tests, cases, review cards, notes, flags and settings) as one file, and import it in another browser or device. Importing merges: nothing already here is lost.</p>
      <div className="data-controls__row">
        <button type="button" className="button" onClick={() => void download()}>
          Export data
        </button>
        <label className="button file-button">
          Import data
          <input ref={fileInput} type="file" accept="application/json,.json" className="visually-hidden" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
      </div>
      {busy ? <p role="status">Reading…</p> : null}
      {preview && !preview.ok ? (
        <p role="alert" className="data-controls__error">
          {preview.error} Nothing was changed.
        </p>
      ) : null}
      {preview?.ok ? (
        <div className="data-controls__preview" role="region" aria-label="Import preview">
          <p>
            Backup exported {formatDate(preview.backup.exportedAt)}.{' '}
            {nothing ? 'Everything in it is already here.' : <>Importing will add {describeCounts(adds)}{Object.values(updates).some((n) => n > 0) ? <> and update {describeCounts(updates)}</> : null}.</>}
          </p>
          <div className="data-controls__row">
            <button type="button" className="button button--primary" disabled={nothing || busy} onClick={() => void confirmImport()}>
              Import
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setPreview(null)
                if (fileInput.current) fileInput.current.value = ''
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'data-controls__error' : undefined}>
          {message.text}
        </p>
      ) : null}

      <h3>Reset</h3>
      <p>Delete everything Dolor keeps in this browser. Export first if you may want it back.</p>
      <button type="button" className="button button--danger" onClick={() => void openReset()}>
        Reset all data
      </button>
      <dialog ref={resetDialog} className="dialog" aria-labelledby="reset-heading">
        <h2 id="reset-heading">Delete all data in this browser?</h2>
        <p>This permanently deletes {counts ? describeCounts(counts) : 'all your data'}. It cannot be undone.</p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => resetDialog.current?.close()}>
            Cancel
          </button>
          <button type="button" className="button button--danger" onClick={() => void confirmReset()}>
            Delete everything
          </button>
        </div>
      </dialog>
    </div>
  )
}
