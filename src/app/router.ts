/**
 * What start-up needs from the router and the app, as one chunk that src/main.tsx imports a task
 * before React DOM. Named re-exports keep the router tree-shaken; `import('react-router')` would not.
 */
export { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router'
export { routes } from './routes'
