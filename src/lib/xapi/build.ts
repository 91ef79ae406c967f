/**
 * Learning events in, xAPI statements out. Pure: ids, times and the deployment's base URL are
 * given, so a statement can be predicted exactly in a test. Activity ids are Dolor's own page
 * addresses under the base URL, so a person reading the LRS can open what was studied.
 */
import { isoDuration } from './duration'
import { activityTypes, verbs, type Activity, type Actor, type Statement, type Verb } from './types'

export interface Named {
  id: string
  title: string
}

export interface ItemDefinition {
  id: string
  /** The start of the stem as plain text. */
  stem: string
  choices: { id: string; text: string }[]
  correctIds: string[]
}

/** Where an item was answered; its statement names that place as the parent activity. */
export type Place = { kind: 'section'; section: Named } | { kind: 'case'; case: Named } | { kind: 'test'; test: Named } | { kind: 'review' }

export type LearningEvent =
  | { kind: 'section-experienced' | 'section-completed'; at: number; module: Named; section: Named }
  | { kind: 'module-completed'; at: number; module: Named }
  | { kind: 'case-completed'; at: number; module: Named; case: Named; registration: string }
  | { kind: 'item-answered'; at: number; module: Named; item: ItemDefinition; selected: string[]; correct: boolean; msSpent: number; place: Place; registration?: string }
  | { kind: 'test-completed'; at: number; test: Named; correct: number; total: number; durationMs: number; passMark: number; registration: string }

export interface BuildOptions {
  /** The deployment's address, ending in "/". */
  base: string
  actor: Actor
  newId: () => string
}

const en = (text: string) => ({ 'en-US': text })

export function activityIds(base: string) {
  return {
    module: (moduleId: string) => `${base}modules/${moduleId}`,
    section: (moduleId: string, sectionId: string) => `${base}modules/${moduleId}/${sectionId}`,
    case: (moduleId: string, caseId: string) => `${base}modules/${moduleId}/cases/${caseId}`,
    item: (questionId: string) => `${base}items/${questionId}`,
    test: (testId: string) => `${base}assess/${testId}`,
    review: () => `${base}review`,
  }
}

export function buildStatements(event: LearningEvent, options: BuildOptions): Statement[] {
  const ids = activityIds(options.base)
  const activity = (id: string, type: string, title?: string): Activity => ({ objectType: 'Activity', id, definition: { ...(title ? { name: en(title) } : {}), type } })
  const moduleActivity = (m: Named) => activity(ids.module(m.id), activityTypes.module, m.title)
  const statement = (verb: Verb, object: Activity, extra: Pick<Statement, 'result' | 'context'> = {}): Statement => ({
    id: options.newId(),
    actor: options.actor,
    verb,
    object,
    ...extra,
    context: { platform: 'Dolor', language: 'en-US', ...extra.context },
    timestamp: new Date(event.at).toISOString(),
  })

  switch (event.kind) {
    case 'section-experienced':
    case 'section-completed': {
      const verb = event.kind === 'section-experienced' ? verbs.experienced : verbs.completed
      const object = activity(ids.section(event.module.id, event.section.id), activityTypes.section, event.section.title)
      return [statement(verb, object, { ...(event.kind === 'section-completed' ? { result: { completion: true } } : {}), context: { contextActivities: { parent: [moduleActivity(event.module)] } } })]
    }
    case 'module-completed':
      return [statement(verbs.completed, moduleActivity(event.module), { result: { completion: true } })]
    case 'case-completed':
      return [
        statement(verbs.completed, activity(ids.case(event.module.id, event.case.id), activityTypes.case, event.case.title), {
          result: { completion: true },
          context: { registration: event.registration, contextActivities: { parent: [moduleActivity(event.module)] } },
        }),
      ]
    case 'item-answered': {
      const { item, place } = event
      const object: Activity = {
        objectType: 'Activity',
        id: ids.item(item.id),
        definition: {
          name: en(item.id),
          description: en(item.stem),
          type: activityTypes.item,
          interactionType: 'choice',
          correctResponsesPattern: [item.correctIds.join('[,]')],
          choices: item.choices.map((c) => ({ id: c.id, description: en(c.text) })),
        },
      }
      const parent =
        place.kind === 'section'
          ? activity(ids.section(event.module.id, place.section.id), activityTypes.section, place.section.title)
          : place.kind === 'case'
            ? activity(ids.case(event.module.id, place.case.id), activityTypes.case, place.case.title)
            : place.kind === 'test'
              ? activity(ids.test(place.test.id), activityTypes.test, place.test.title)
              : activity(ids.review(), activityTypes.test, 'Spaced review')
      return [
        statement(verbs.answered, object, {
          result: { response: event.selected.join('[,]'), success: event.correct, duration: isoDuration(event.msSpent) },
          context: { ...(event.registration ? { registration: event.registration } : {}), contextActivities: { parent: [parent], grouping: [moduleActivity(event.module)] } },
        }),
      ]
    }
    case 'test-completed': {
      const scaled = event.total ? Math.round((event.correct / event.total) * 10_000) / 10_000 : 0
      const object = activity(ids.test(event.test.id), activityTypes.test, event.test.title)
      const score = { scaled, raw: event.correct, min: 0, max: Math.max(event.total, 1) }
      const context = { registration: event.registration }
      const passed = scaled >= event.passMark
      return [
        statement(verbs.completed, object, { result: { score, completion: true, duration: isoDuration(event.durationMs) }, context }),
        statement(passed ? verbs.passed : verbs.failed, object, { result: { score, success: passed, completion: true }, context }),
      ]
    }
  }
}
