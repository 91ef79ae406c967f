import { useEffect, useState, type ReactNode } from 'react'
import { useSetting } from '@/db/hooks'
import { isStoragePersistent, type Theme } from '@/db/settings'
import { useStorageStatus } from '@/db/status'
import { DataControls } from './DataControls'
import { chooseTextSize, textSizes, type TextSize } from './text-size'
import { chooseTheme } from './theme'

const themes: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

function usePersistence() {
  const [persisted, setPersisted] = useState<boolean | undefined | null>(null)
  useEffect(() => {
    void isStoragePersistent().then(setPersisted)
  }, [])
  return persisted
}

function useEstimate() {
  const [estimate, setEstimate] = useState<StorageEstimate | undefined>()
  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate, () => undefined)
  }, [])
  return estimate
}

/** `lrs`: the Learning Record Store panel, supplied by the app (it belongs to the xapi feature). */
export function SettingsPage({ lrs }: { lrs?: ReactNode } = {}) {
  const saved = useSetting<Theme>('theme', 'system')
  // Shown at once on click; the saved value catches up through the live query.
  const [picked, setPicked] = useState<Theme | undefined>()
  const theme = picked ?? saved ?? 'system'
  const savedSize = useSetting<TextSize>('textSize', 'default')
  const [pickedSize, setPickedSize] = useState<TextSize | undefined>()
  const textSize = pickedSize ?? savedSize ?? 'default'
  const persisted = usePersistence()
  const estimate = useEstimate()
  const storage = useStorageStatus()

  return (
    <>
      <title>Settings · Dolor</title>
      <h1>Settings</h1>

      <section aria-labelledby="appearance-heading" className="settings-group">
        <h2 id="appearance-heading">Appearance</h2>
        <fieldset>
          <legend>Theme</legend>
          {themes.map((t) => (
            <label key={t.value} className="radio-row">
              <input type="radio" name="theme" value={t.value} checked={theme === t.value} onChange={() => {
                  setPicked(t.value)
                  void chooseTheme(t.value)
                }} />
              {t.label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Text size</legend>
          {textSizes.map((t) => (
            <label key={t.value} className="radio-row">
              <input
                type="radio"
                name="text-size"
                value={t.value}
                checked={textSize === t.value}
                onChange={() => {
                  setPickedSize(t.value)
                  void chooseTextSize(t.value)
                }}
              />
              {t.label}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="data-heading" className="settings-group">
        <h2 id="data-heading">Your data</h2>
        <p>Your progress stays in this browser on this device. Dolor has no account and no server.</p>
        <dl className="facts">
          <dt>Saving progress</dt>
          <dd data-testid="storage-state">{storage.state === 'ok' || storage.state === 'unknown' ? 'Working' : (storage.message ?? 'Not available')}</dd>
          <dt>Persistent storage</dt>
          <dd data-testid="persistence">
            {persisted === null
              ? 'Checking…'
              : persisted === undefined
                ? 'This browser does not say whether storage is persistent.'
                : persisted
                  ? 'Granted: the browser will not clear your progress to free space.'
                  : 'Not granted: the browser may clear your progress if the device runs low on space. Installing Dolor or bookmarking it can help.'}
          </dd>
          {estimate?.usage !== undefined ? (
            <>
              <dt>Space used</dt>
              <dd>{(estimate.usage / 1024 / 1024).toFixed(1)} MB</dd>
            </>
          ) : null}
        </dl>
        <DataControls />
      </section>
      {lrs}
    </>
  )
}

export { SettingsPage as Component }
