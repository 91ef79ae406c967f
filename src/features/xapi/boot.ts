/** Starts sending at app start when the fellow has switched it on; otherwise loads nothing more. */
import { loadConfig } from './config'

export async function bootXapi(): Promise<void> {
  const config = await loadConfig()
  if (config?.enabled) (await import('./runner')).startXapi()
}
