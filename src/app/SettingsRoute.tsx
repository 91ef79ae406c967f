/** The settings page with the LRS panel: composed here because features do not import each other. */
import { SettingsPage } from '@/features/settings/SettingsPage'
import { LrsSettings } from '@/features/xapi/LrsSettings'

export function Component() {
  return <SettingsPage lrs={<LrsSettings />} />
}
