import type { RouteObject } from 'react-router'
import { stagedImport } from '@/lib/next-task'
import { NotFound } from '@/ui/NotFound'
import { Layout } from './Layout'
import { RouteError } from './RouteError'

/**
 * Pages with prose share two large dependencies: the database layer (Dexie) and the MDX vocabulary.
 * They load a task apart from the page itself, so that opening a prerendered section on a slow
 * phone is a few short tasks rather than one long one. The database is opened (on a first visit,
 * created) before the page asks anything of it, so that opening does not also carry every query.
 */
const contentPage = <T,>(page: () => Promise<T>) =>
  stagedImport(
    () => import('dexie'),
    () => import('@/db/safe').then((db) => db.openDatabase()),
    () => import('@/mdx/registry'),
    page,
  )

/** Every page is its own lazy chunk; module prose is lazier still (one chunk per file). */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    // Shown for the moment the first page's chunk loads.
    HydrateFallback: () => (
      <p role="status" className="boot">
        Loading Dolor…
      </p>
    ),
    children: [
      { index: true, lazy: () => import('@/features/library/LibraryPage') },
      { path: 'modules/:moduleId', lazy: contentPage(() => import('@/features/library/ModulePage')) },
      { path: 'modules/:moduleId/cases/:caseId', lazy: contentPage(() => import('@/features/cases/CasePage')) },
      { path: 'modules/:moduleId/:sectionId', lazy: contentPage(() => import('@/features/library/SectionPage')) },
      { path: 'assess', lazy: () => import('@/features/assessment/BuilderPage') },
      { path: 'assess/new', lazy: () => import('@/features/assessment/QuickTestPage') },
      { path: 'assess/:testId', lazy: () => import('@/features/assessment/PlayerPage') },
      { path: 'assess/:testId/results', lazy: () => import('@/features/assessment/ResultsPage') },
      { path: 'review', lazy: () => import('@/features/review/ReviewPage') },
      { path: 'progress', lazy: () => import('@/features/progress/ProgressPage') },
      { path: 'progress/report', lazy: () => import('@/features/progress/ReportPage') },
      { path: 'search', lazy: () => import('@/features/search/SearchPage') },
      { path: 'settings', lazy: () => import('./SettingsRoute') },
      { path: '*', Component: () => <NotFound /> },
    ],
  },
]
