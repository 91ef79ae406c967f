/** The build-time search index and the snippet around a match. */
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { collect } from '@/content/build/collect'
import { buildSearchIndex } from '@/content/build/search-index'
import { searchOptions, type SearchDoc } from '@/content/search-options'
import { snippet } from '@/features/search/snippet'

describe('the search index', () => {
  const bundle = buildSearchIndex(collect(process.cwd()))
  const index = MiniSearch.loadJSON<SearchDoc>(bundle.index, searchOptions)

  it('has one document per section and case, with prose but without question text', () => {
    const c = collect(process.cwd())
    const count = c.modules.reduce((n, m) => n + m.sections.length + m.cases.length, 0)
    expect(bundle.docs).toHaveLength(count)
    const anyQuestion = c.questions[0]
    const doc = bundle.docs.find((d) => d.id === anyQuestion.file)!
    expect(doc.text.length).toBeGreaterThan(1000)
    // An item's stem is not indexed: search finds teaching, not answer keys.
    expect(doc.text).not.toContain(anyQuestion.preview.slice(0, 60))
  })

  it('finds a section by a word in its prose, the title ranking first', () => {
    const hits = index.search('buprenorphine')
    expect(hits.length).toBeGreaterThan(0)
    expect(bundle.docs.find((d) => d.id === hits[0].id)?.title.toLowerCase()).toContain('buprenorphine')
    expect(index.search('zzzqqqxx')).toEqual([])
  })
})

describe('snippet', () => {
  const text = 'Acetaminophen is the first step for many. In cirrhosis, lower daily amounts are advised, and NSAIDs are avoided because of kidney risk and bleeding.'

  it('marks every occurrence of the matched terms, case-insensitively', () => {
    const parts = snippet(text, ['nsaids', 'cirrhosis'], 40)
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['cirrhosis', 'NSAIDs'])
    expect(parts.map((p) => p.text).join('')).toContain('In cirrhosis, lower daily amounts')
  })

  it('shows the start of the text when nothing matches, and never breaks on regex characters', () => {
    expect(snippet(text, ['(['], 20)[0].text.startsWith('Acetaminophen')).toBe(true)
    expect(snippet(text, [], 10).map((p) => p.hit)).toEqual([false])
  })
})
