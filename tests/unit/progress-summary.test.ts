import { describe, expect, it } from 'vitest'
import type { CatalogModule } from '@/content/types'
import { summarizeModule } from '@/features/library/progress-summary'

const mod = {
  id: 'm',
  sections: [{ id: 's1' }, { id: 's2' }, { id: 's3' }],
  cases: [{ id: 'c1' }, { id: 'c2' }],
} as unknown as CatalogModule

describe('summarizeModule', () => {
  it('counts completed sections and cases and labels each one', () => {
    const s = summarizeModule(
      mod,
      [
        { moduleId: 'm', sectionId: 's1', status: 'completed', firstVisitedAt: 1, lastVisitedAt: 2, secondsSpent: 3 },
        { moduleId: 'm', sectionId: 's2', status: 'visited', firstVisitedAt: 1, lastVisitedAt: 2, secondsSpent: 3 },
        { moduleId: 'other', sectionId: 's3', status: 'completed', firstVisitedAt: 1, lastVisitedAt: 2, secondsSpent: 3 },
      ],
      [{ caseId: 'c2', moduleId: 'm', stageReached: 3, answers: {}, startedAt: 1, updatedAt: 2, completedAt: 5 }],
    )
    expect(s.sectionsCompleted).toBe(1)
    expect(s.sectionsTotal).toBe(3)
    expect(s.sectionStatus).toEqual({ s1: 'completed', s2: 'in-progress', s3: 'not-started' })
    expect(s.casesCompleted).toBe(1)
    expect(s.caseStatus).toEqual({ c1: 'not-started', c2: 'completed' })
  })
})
