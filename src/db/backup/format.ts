/**
 * The backup file: one JSON document holding every table, versioned on its own (a file
 * outlives the schema that wrote it). Validated whole with zod before anything is written;
 * unknown properties are dropped, sizes are bounded, and keys that could reach an object's
 * prototype are refused.
 */
import { z } from 'zod'

export const BACKUP_FORMAT = 'dolor-backup'
export const BACKUP_VERSION = 1
/** Larger files are refused before parsing: far beyond years of study, small enough to parse safely. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

const text = (max: number) => z.string().max(max)
const id = z.string().min(1).max(300)
const time = z.number().int().min(0).max(8.64e15)
const count = z.number().finite().min(0).max(1e12)
const key = id.refine((k) => !FORBIDDEN_KEYS.has(k), 'reserved name')
const confidence = z.enum(['sure', 'unsure', 'guessing'])

const sectionProgress = z.object({
  moduleId: id,
  sectionId: id,
  status: z.enum(['visited', 'completed']),
  firstVisitedAt: time,
  lastVisitedAt: time,
  completedAt: time.optional(),
  secondsSpent: count,
})

const attempt = z.object({
  id: z.number().int().positive().optional(),
  questionId: id,
  moduleId: text(300),
  selected: z.array(id).max(26),
  correct: z.boolean(),
  confidence: confidence.optional(),
  context: z.enum(['inline', 'case', 'test', 'review']),
  contextId: text(300),
  answeredAt: time,
  msSpent: count,
  contentHash: text(200),
})

const savedAnswer = z.object({ selected: z.array(id).max(26), correct: z.boolean(), answeredAt: time, contentHash: text(200), confidence: confidence.optional() })

const caseRun = z.object({
  caseId: id,
  moduleId: id,
  stageReached: z.number().int().min(0).max(1000),
  answers: z.record(key, savedAnswer),
  startedAt: time,
  updatedAt: time,
  completedAt: time.optional(),
})

const setting = z.object({ key, value: z.json(), updatedAt: time.optional() })

const testRecord = z.object({
  id,
  createdAt: time,
  mode: z.enum(['tutor', 'timed']),
  config: z.object({
    moduleIds: z.array(id).max(1000),
    topics: z.array(id).max(1000),
    status: z.enum(['all', 'unused', 'incorrect', 'flagged']),
    count: z.number().int().min(0).max(100_000),
    secondsPerItem: z.number().int().min(1).max(100_000),
    preset: z.enum(['simulate', 'weaknesses', 'new']).optional(),
    shuffleChoices: z.boolean().optional(),
  }),
  seed: z.number().int(),
  itemIds: z.array(id).max(100_000),
  choiceOrder: z.record(key, z.array(id).max(26)).optional(),
  hashes: z.record(key, text(200)),
  answers: z.record(key, z.object({ selected: z.array(id).max(26), correct: z.boolean(), answeredAt: time, confidence: confidence.optional() })),
  struck: z.record(key, z.array(id).max(26)),
  marked: z.array(id).max(100_000),
  itemMs: z.record(key, count),
  currentIndex: z.number().int().min(0).max(100_000),
  timeLimitMs: count.nullable(),
  elapsedMs: count,
  status: z.enum(['in-progress', 'paused', 'completed']),
  completedAt: time.optional(),
})

const flag = z.object({ questionId: id, flaggedAt: time })
const note = z.object({ questionId: id, text: text(50_000), updatedAt: time })

const cardFields = z.object({
  due: time,
  stability: z.number().finite().min(0),
  difficulty: z.number().finite().min(0),
  elapsedDays: count,
  scheduledDays: count,
  learningSteps: z.number().int().min(0).max(1000),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.enum(['new', 'learning', 'review', 'relearning']),
  lastReview: time.optional(),
})

const reviewCard = cardFields.extend({ questionId: id, moduleId: text(300), addedAt: time })
const reviewLog = z.object({
  id: z.number().int().positive().optional(),
  questionId: id,
  reviewedAt: time,
  grade: z.enum(['again', 'hard', 'good', 'easy']),
  correct: z.boolean(),
  confidence: confidence.optional(),
  before: cardFields,
  dueAfter: time,
})

const rows = <T extends z.ZodType>(row: T) => z.array(row).max(5_000_000).default([])

export const backupTables = z.object({
  sectionProgress: rows(sectionProgress),
  attempts: rows(attempt),
  caseRuns: rows(caseRun),
  settings: rows(setting),
  tests: rows(testRecord),
  flags: rows(flag),
  notes: rows(note),
  reviewCards: rows(reviewCard),
  reviewLogs: rows(reviewLog),
})

export const backupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: time,
  /** The database version that wrote the file, for support; the file format is what is read. */
  schemaVersion: z.number().int().min(1),
  tables: backupTables,
})

export type BackupTables = z.infer<typeof backupTables>
export type BackupFile = z.infer<typeof backupFile>
export const tableNames = Object.keys(backupTables.shape) as (keyof BackupTables)[]

export type ParseResult = { ok: true; backup: BackupFile } | { ok: false; error: string }

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '')
  return `${path || 'the file'}: ${issue.message}`
}

/** Reads a backup's text. Every way a file can be wrong gets its own plain message. */
export function parseBackup(textContent: string): ParseResult {
  if (textContent.length > MAX_BACKUP_BYTES) return { ok: false, error: 'This file is too large to be a Dolor backup.' }
  if (textContent.trim() === '') return { ok: false, error: 'This file is empty.' }
  let data: unknown
  try {
    data = JSON.parse(textContent, (k, v: unknown) => {
      if (FORBIDDEN_KEYS.has(k)) throw new SyntaxError(`reserved name "${k}"`)
      return v
    })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, error: `This file is not a Dolor backup: it is not valid JSON, perhaps cut short while copying (${detail}).` }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== BACKUP_FORMAT)
    return { ok: false, error: 'This file is not a Dolor backup (it does not say "format": "dolor-backup").' }
  const version = (data as { version?: unknown }).version
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION)
    return { ok: false, error: `This backup was made by a newer version of Dolor (backup format ${version}); this one reads format ${BACKUP_VERSION}. Reload Dolor to update it, then import again.` }
  const parsed = backupFile.safeParse(data)
  if (!parsed.success) {
    const issues = parsed.error.issues
    const shown = issues.slice(0, 3).map(describeIssue).join('; ')
    return { ok: false, error: `This backup is damaged and was not imported. ${shown}${issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : ''}.` }
  }
  return { ok: true, backup: parsed.data }
}
