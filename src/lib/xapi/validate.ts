/**
 * The xAPI 1.0.3 rules a statement must pass before Dolor queues it: required properties,
 * UUIDs, IRIs, language maps, ISO 8601 timestamps and durations, score ranges, and the shape
 * of a choice interaction. A statement that fails never reaches the outbox, so the LRS never
 * sees a malformed one from us.
 */
import { z } from 'zod'
import { isoDurationPattern } from './duration'
import type { Statement } from './types'

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i, 'must be a UUID')

/** An IRI with a scheme; Dolor's are all URLs, so URL parsing is the check. */
const iri = z.string().refine((s) => {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(s) && Boolean(new URL(s))
  } catch {
    return false
  }
}, 'must be an absolute IRI')

const languageMap = z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag'), z.string()).refine((m) => Object.keys(m).length > 0, 'must have at least one language')

const isoTimestamp = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 timestamp with a time zone')

const account = z.strictObject({ homePage: iri, name: z.string().min(1, 'must not be empty') })
const actor = z.union([
  z.strictObject({ objectType: z.literal('Agent'), name: z.string().optional(), account }),
  z.strictObject({ objectType: z.literal('Agent'), name: z.string().optional(), mbox: z.string().regex(/^mailto:[^@\s]+@[^@\s]+$/, 'must be mailto:address') }),
])

const component = z.strictObject({ id: z.string().min(1).regex(/^\S+$/, 'must have no spaces'), description: languageMap })

const definition = z
  .strictObject({
    name: languageMap.optional(),
    description: languageMap.optional(),
    type: iri.optional(),
    interactionType: z.literal('choice').optional(),
    correctResponsesPattern: z.array(z.string()).optional(),
    choices: z.array(component).optional(),
  })
  .superRefine((d, ctx) => {
    if (!d.interactionType) {
      if (d.choices || d.correctResponsesPattern) ctx.addIssue({ code: 'custom', message: 'choices need an interactionType' })
      return
    }
    const ids = new Set((d.choices ?? []).map((c) => c.id))
    if (ids.size !== (d.choices ?? []).length) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'choice ids must be unique' })
    for (const pattern of d.correctResponsesPattern ?? [])
      for (const id of pattern.split('[,]')) if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['correctResponsesPattern'], message: `names ${id}, which is not a choice` })
  })

const activity = z.strictObject({ objectType: z.literal('Activity'), id: iri, definition: definition.optional() })

const score = z
  .strictObject({ scaled: z.number().min(-1).max(1).optional(), raw: z.number().optional(), min: z.number().optional(), max: z.number().optional() })
  .superRefine((s, ctx) => {
    if (s.min !== undefined && s.max !== undefined && s.min >= s.max) ctx.addIssue({ code: 'custom', message: 'min must be below max' })
    if (s.raw !== undefined && ((s.min !== undefined && s.raw < s.min) || (s.max !== undefined && s.raw > s.max))) ctx.addIssue({ code: 'custom', path: ['raw'], message: 'raw must lie between min and max' })
  })

const statementSchema = z.strictObject({
  id: uuid,
  actor,
  verb: z.strictObject({ id: iri, display: languageMap }),
  object: activity,
  result: z
    .strictObject({
      score: score.optional(),
      success: z.boolean().optional(),
      completion: z.boolean().optional(),
      response: z.string().optional(),
      duration: z.string().regex(isoDurationPattern, 'must be an ISO 8601 duration').optional(),
    })
    .optional(),
  context: z
    .strictObject({
      registration: uuid.optional(),
      contextActivities: z.strictObject({ parent: z.array(activity).optional(), grouping: z.array(activity).optional() }).optional(),
      platform: z.string().optional(),
      language: z.string().optional(),
    })
    .optional(),
  timestamp: isoTimestamp,
})

/** Every rule the statement breaks, as "path: message"; empty when it is valid. */
export function statementProblems(statement: unknown): string[] {
  const parsed = statementSchema.safeParse(statement)
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'statement'}: ${i.message}`)
}

export function isValidStatement(statement: unknown): statement is Statement {
  return statementProblems(statement).length === 0
}
