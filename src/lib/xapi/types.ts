/**
 * The part of the xAPI 1.0.3 statement model Dolor sends. Plain data, no behaviour: builders
 * live in build.ts, the rules a statement must pass before it is queued in validate.ts.
 */
export type LanguageMap = Record<string, string>

export type Actor =
  | { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } }
  | { objectType: 'Agent'; name?: string; mbox: string }

export interface Verb {
  id: string
  display: LanguageMap
}

export interface InteractionComponent {
  id: string
  description: LanguageMap
}

export interface ActivityDefinition {
  name?: LanguageMap
  description?: LanguageMap
  type?: string
  interactionType?: 'choice'
  correctResponsesPattern?: string[]
  choices?: InteractionComponent[]
}

export interface Activity {
  objectType: 'Activity'
  id: string
  definition?: ActivityDefinition
}

export interface Result {
  score?: { scaled?: number; raw?: number; min?: number; max?: number }
  success?: boolean
  completion?: boolean
  response?: string
  duration?: string
}

export interface Context {
  registration?: string
  contextActivities?: { parent?: Activity[]; grouping?: Activity[] }
  platform?: string
  language?: string
}

export interface Statement {
  id: string
  actor: Actor
  verb: Verb
  object: Activity
  result?: Result
  context?: Context
  timestamp: string
}

export const verbs = {
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
} as const satisfies Record<string, Verb>

export const activityTypes = {
  module: 'http://adlnet.gov/expapi/activities/module',
  section: 'http://adlnet.gov/expapi/activities/lesson',
  case: 'http://adlnet.gov/expapi/activities/simulation',
  item: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  test: 'http://adlnet.gov/expapi/activities/assessment',
} as const
