/** How far a fellow is through a module: pure, from catalog entries and progress rows. */
import type { OutlineModule } from '@/content/types'
import type { CaseRun, SectionProgress } from '@/db/types'

export type ItemStatus = 'not-started' | 'in-progress' | 'completed'

export interface ModuleSummary {
  sectionsCompleted: number
  sectionsTotal: number
  casesCompleted: number
  casesTotal: number
  sectionStatus: Record<string, ItemStatus>
  caseStatus: Record<string, ItemStatus>
}

/** Takes the library's outline or a full catalog module: only ids are read. */
export function summarizeModule(module: Pick<OutlineModule, 'id' | 'sections' | 'cases'>, progress: readonly SectionProgress[], runs: readonly CaseRun[]): ModuleSummary {
  const sectionStatus: Record<string, ItemStatus> = {}
  for (const s of module.sections) {
    const row = progress.find((p) => p.moduleId === module.id && p.sectionId === s.id)
    sectionStatus[s.id] = row?.status === 'completed' ? 'completed' : row ? 'in-progress' : 'not-started'
  }
  const caseStatus: Record<string, ItemStatus> = {}
  for (const c of module.cases) {
    const run = runs.find((r) => r.caseId === c.id)
    caseStatus[c.id] = run?.completedAt ? 'completed' : run ? 'in-progress' : 'not-started'
  }
  return {
    sectionsCompleted: Object.values(sectionStatus).filter((s) => s === 'completed').length,
    sectionsTotal: module.sections.length,
    casesCompleted: Object.values(caseStatus).filter((s) => s === 'completed').length,
    casesTotal: module.cases.length,
    sectionStatus,
    caseStatus,
  }
}

export const statusLabel: Record<ItemStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
}
