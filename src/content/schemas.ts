/**
 * Frontmatter schemas. Strict: an unknown key is an error, because a misspelt key
 * (say `sumary`) would otherwise vanish silently from the page.
 */
import { z } from 'zod'
import { domains, topicIds } from './taxonomy.ts'

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const idSchema = z.string().regex(kebab, 'must be kebab-case (lowercase letters, digits and hyphens)')

const topicSchema = z.string().refine((t) => topicIds.has(t), {
  message: 'is not a topic in the taxonomy (src/content/taxonomy.json)',
})

export const referenceSchema = z.strictObject({
  id: idSchema,
  citation: z.string().min(10, 'is too short to be a citation'),
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must look like 10.xxxx/…').optional(),
  pmid: z.string().regex(/^\d{1,9}$/, 'must be digits only').optional(),
  url: z.url().optional(),
})

const minutes = z.number().int().positive().max(600)

export const moduleFrontmatterSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(3),
  summary: z.string().min(10),
  order: z.number().int().nonnegative(),
  domain: z.enum(domains as [string, ...string[]]),
  objectives: z.array(z.string().min(5)).min(1),
  estimatedMinutes: minutes,
  references: z.array(referenceSchema).default([]),
  reviewed: z.strictObject({
    by: z.string().min(2),
    on: z.iso.date('must be a date written YYYY-MM-DD'),
  }),
  /** A draft is validated and shown by `npm run dev`, but left out of production builds. */
  draft: z.boolean().optional(),
})

export const sectionFrontmatterSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(3),
  summary: z.string().min(10),
  topics: z.array(topicSchema).min(1),
  milestones: z.array(z.string()).optional(),
  estimatedMinutes: minutes,
  references: z.array(referenceSchema).default([]),
  draft: z.boolean().optional(),
})

export const caseFrontmatterSchema = sectionFrontmatterSchema

export type Reference = z.infer<typeof referenceSchema>
export type ModuleFrontmatter = z.infer<typeof moduleFrontmatterSchema>
export type SectionFrontmatter = z.infer<typeof sectionFrontmatterSchema>
export type CaseFrontmatter = z.infer<typeof caseFrontmatterSchema>
