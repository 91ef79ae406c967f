import type { RouteObject } from 'react-router'
import { NotFound } from '@/ui/NotFound'
import { Layout } from './Layout'
import { RouteError } from './RouteError'

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
      { path: 'modules/:moduleId', lazy: () => import('@/features/library/ModulePage') },
      { path: 'modules/:moduleId/cases/:caseId', lazy: () => import('@/features/cases/CasePage') },
      { path: 'modules/:moduleId/:sectionId', lazy: () => import('@/features/library/SectionPage') },
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
