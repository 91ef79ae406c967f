import { Link } from 'react-router'

/** The one 404 page, for an unknown path, module, section or case. */
export function NotFound({ what = 'page' }: { what?: 'page' | 'module' | 'section' | 'case' }) {
  return (
    <div className="not-found">
      <title>Not found · Dolor</title>
      <h1>{what === 'page' ? 'Page not found' : `This ${what} does not exist`}</h1>
      <p>The address may be mistyped, or the content may have moved.</p>
      <p>
        <Link to="/">Go to the library</Link>
      </p>
    </div>
  )
}
