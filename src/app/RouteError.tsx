import { isRouteErrorResponse, Link, useRouteError } from 'react-router'

/** Shown when a page fails to load or render; says what happened and offers a way on. */
export function RouteError() {
  const error = useRouteError()
  const chunk = error instanceof Error && /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message)
  const text = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error)
  return (
    <main id="main" className="site-main">
      <title>Something went wrong · Dolor</title>
      <h1>{chunk ? 'This page could not be loaded' : 'Something went wrong'}</h1>
      <p>{chunk ? 'You may be offline, or Dolor was updated since this tab opened. Reload to try again.' : text}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload
        </button>{' '}
        <Link to="/">Go to the library</Link>
      </p>
      <p className="meta">Your saved progress is not affected.</p>
    </main>
  )
}
