import { useEffect, useRef } from 'react'
import { NavLink, Outlet, useLocation, useNavigate, useNavigation } from 'react-router'
import { useApplyDisplaySettings } from '@/features/settings/display'
import { StorageBanner } from './StorageBanner'
import { OfflineReadyNote, UpdateBanner } from './UpdateBanner'

const nav = [
  { to: '/', label: 'Library', end: true },
  { to: '/assess', label: 'Self-assessment', end: false },
  { to: '/review', label: 'Review', end: false },
  { to: '/progress', label: 'Progress', end: false },
  { to: '/search', label: 'Search', end: false },
  { to: '/settings', label: 'Settings', end: false },
]

export function Layout() {
  useApplyDisplaySettings()
  const location = useLocation()
  const navigation = useNavigation()
  const main = useRef<HTMLElement>(null)
  const first = useRef(true)
  const navigate = useNavigate()

  // "/" opens search from anywhere, as in most documentation sites, unless the fellow is typing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return
      const t = e.target as HTMLElement | null
      if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return
      e.preventDefault()
      const box = document.querySelector<HTMLInputElement>('form[role="search"] input')
      if (box) box.focus()
      else navigate('/search')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate])

  // After a client-side navigation, move focus to the new page like a full load would,
  // unless the link pointed at an anchor.
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    // A page that put focus somewhere on purpose (marked data-autofocus, like the search box) keeps it.
    if (!location.hash && !document.activeElement?.hasAttribute('data-autofocus')) {
      main.current?.focus()
      window.scrollTo(0, 0)
    }
  }, [location.pathname, location.hash])

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand" aria-label="Dolor home">
            <svg aria-hidden="true" viewBox="0 0 64 64" width="28" height="28">
              <rect width="64" height="64" rx="14" fill="currentColor" />
              <path d="M10 36h12l5-14 8 24 6-16 4 6h9" fill="none" stroke="var(--bg)" strokeWidth="5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span>Dolor</span>
          </NavLink>
          <nav aria-label="Main" className="main-nav">
            <ul>
              {nav.map((n) => (
                <li key={n.to}>
                  <NavLink to={n.to} end={n.end}>
                    {n.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <StorageBanner />
      <UpdateBanner />
      <main id="main" ref={main} tabIndex={-1} className="site-main" aria-busy={navigation.state === 'loading'}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          <strong>For education only.</strong> Dolor supports the training of pain-medicine fellows. It is not medical advice; check every dose
          against current product labeling and your institution&apos;s protocols before prescribing.
        </p>
        <p>Open content, written and reviewed in the open. Your progress stays in this browser.</p>
      </footer>
      <OfflineReadyNote />
    </>
  )
}
