/** Export, import and reset against IndexedDB. The file format and merge rules live beside this. */
import type { Table } from 'dexie'
import { db } from '../database'
import { isDeviceOnlySetting } from '../settings'
import { canUseStorage, reportStorageProblem } from '../status'
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, tableNames, type BackupFile, type BackupTables } from './format'
import { planMerge, type MergePlan } from './merge'

/** The Dexie table of each backup table (by property, so every caller sees the same object). */
const tableOf = (name: keyof BackupTables) => db[name] as unknown as Table<object, unknown>
const allTables = () => tableNames.map(tableOf)

async function readTables(): Promise<BackupTables> {
  const entries = await Promise.all(tableNames.map(async (name) => [name, await tableOf(name).toArray()] as const))
  const tables = Object.fromEntries(entries) as unknown as BackupTables
  return withoutDeviceSettings(tables)
}

const withoutDeviceSettings = (tables: BackupTables): BackupTables => ({ ...tables, settings: tables.settings.filter((s) => !isDeviceOnlySetting(s.key)) })

/** Every table, read in one transaction so the file is a consistent snapshot. */
export async function exportBackup(now = Date.now()): Promise<BackupFile> {
  const tables = await db.transaction('r', allTables(), readTables)
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, schemaVersion: db.verno, tables }
}

export function backupFileName(now = Date.now()): string {
  const d = new Date(now)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `dolor-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`
}

export type ImportPreview = { ok: true; backup: BackupFile; plan: MergePlan } | { ok: false; error: string }

/** Validates a file and says what importing it would change; writes nothing. */
export async function previewImport(text: string): Promise<ImportPreview> {
  const parsed = parseBackup(text)
  if (!parsed.ok) return parsed
  if (!canUseStorage()) return { ok: false, error: "This browser can't save data right now, so nothing can be imported. See the notice at the top of the page." }
  const local = await db.transaction('r', allTables(), readTables)
  return { ok: true, backup: parsed.backup, plan: planMerge(local, withoutDeviceSettings(parsed.backup.tables)) }
}

export type ImportResult = { ok: true; plan: MergePlan } | { ok: false; error: string }

/**
 * Merges a validated backup in one read-write transaction over every table: the merge is
 * planned against the rows as they are inside it (another tab's write either lands before
 * and is kept, or waits), and any failure rolls the whole import back.
 */
export async function importBackup(backup: BackupFile): Promise<ImportResult> {
  if (!canUseStorage()) return { ok: false, error: "This browser can't save data right now, so nothing was imported." }
  try {
    const plan = await db.transaction('rw', allTables(), async () => {
      const merged = planMerge(await readTables(), withoutDeviceSettings(backup.tables))
      if (merged.deleteReviewLogIds.length) await db.reviewLogs.bulkDelete(merged.deleteReviewLogIds)
      for (const name of tableNames) {
        const rows = merged.put[name]
        if (rows.length) await tableOf(name).bulkPut(rows)
      }
      return merged
    })
    return { ok: true, plan }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const full = error instanceof Error && (error.name === 'QuotaExceededError' || (error as { inner?: { name?: string } }).inner?.name === 'QuotaExceededError')
    if (full) reportStorageProblem('full', "Your device's storage is full, so the backup was not imported. Nothing already saved was changed.")
    return { ok: false, error: full ? 'Storage is full: the backup was not imported, and nothing already saved was changed.' : `The import failed and was undone; nothing already saved was changed (${message}).` }
  }
}

/** How many rows each table holds: what a reset would delete. */
export async function countRows(): Promise<Record<keyof BackupTables, number>> {
  const entries = await Promise.all(tableNames.map(async (name) => [name, await tableOf(name).count()] as const))
  return Object.fromEntries(entries) as Record<keyof BackupTables, number>
}

/** Deletes everything Dolor keeps in this browser, in one transaction (unsent xAPI statements too). */
export async function resetAll(): Promise<boolean> {
  try {
    const everything = [...allTables(), db.outbox]
    await db.transaction('rw', everything, () => Promise.all(everything.map((t) => t.clear())))
    return true
  } catch (error) {
    reportStorageProblem('error', `Reset failed: ${error instanceof Error ? error.message : String(error)}. Nothing was deleted.`)
    return false
  }
}
