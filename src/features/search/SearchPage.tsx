/**
 * /search: full-text search of sections and cases. The index is built at build time and
 * loaded with this page only; the query lives in the address (?q=) so results can be shared.
 */
import MiniSearch, { type SearchResult } from 'minisearch'
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { searchOptions, type SearchBundle, type SearchDoc } from '@/content/search-options'
import { plural } from '@/lib/format'
import { snippet } from './snippet'

interface Loaded {
  index: MiniSearch<SearchDoc>
  docs: Map<string, SearchDoc>
}

let loading: Promise<Loaded> | undefined
function loadIndex(): Promise<Loaded> {
  loading ??= import('virtual:dolor/search').then(({ search }: { search: SearchBundle }) => ({
    index: MiniSearch.loadJSON<SearchDoc>(search.index, searchOptions),
    docs: new Map(search.docs.map((d) => [d.id, d])),
  }))
  return loading
}

export function SearchPage() {
  const [params, setParams] = useSearchParams()
  // The box keeps its own state (fast typing must not wait for the router); the address follows it.
  const [query, setQuery] = useState(() => params.get('q') ?? '')
  const deferred = useDeferredValue(query)
  const [loaded, setLoaded] = useState<Loaded>()
  const [failed, setFailed] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()

  useEffect(() => {
    input.current?.focus()
    loadIndex().then(setLoaded, () => setFailed(true))
  }, [])

  const results = useMemo<SearchResult[]>(() => (loaded && deferred.trim() ? loaded.index.search(deferred.trim()) : []), [loaded, deferred])

  return (
    <>
      <title>{query ? `Search: ${query} · Dolor` : 'Search · Dolor'}</title>
      <h1>Search</h1>
      <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId}>Search sections and cases</label>
        <input
          ref={input}
          data-autofocus
          id={inputId}
          type="search"
          value={query}
          autoComplete="off"
          placeholder="e.g. buprenorphine surgery"
          onChange={(e) => {
            setQuery(e.target.value)
            setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })
          }}
        />
      </form>
      <p className="meta">Press / anywhere to come back here.</p>
      <div role="status" aria-live="polite" className="search-status">
        {failed ? 'The search index could not be loaded. Check your connection and reload.' : !loaded ? 'Loading the index…' : deferred.trim() ? `${plural(results.length, 'result')} for “${deferred.trim()}”` : ''}
      </div>
      {results.length ? (
        <ol className="search-results" aria-label="Search results">
          {results.slice(0, 50).map((r) => {
            const doc = loaded?.docs.get(String(r.id))
            if (!doc) return null
            return (
              <li key={doc.id} className="search-result">
                <h2 className="search-result__title">
                  <Link to={doc.href}>{doc.title}</Link>
                </h2>
                <p className="search-result__where">
                  {doc.moduleTitle} · {doc.kind === 'case' ? 'Case' : 'Section'}
                </p>
                <p className="search-result__snippet">
                  {snippet(doc.text, r.terms).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                </p>
              </li>
            )
          })}
        </ol>
      ) : null}
    </>
  )
}

export { SearchPage as Component }
