import { describe, expect, it } from 'vitest'
import { grade } from '@/content/grade'

describe('grade', () => {
  it('accepts exactly the correct choice of a single-best-answer item', () => {
    expect(grade(['c'], ['c'])).toBe(true)
    expect(grade(['b'], ['c'])).toBe(false)
    expect(grade([], ['c'])).toBe(false)
  })

  it('needs every correct choice and no other in select-all items', () => {
    expect(grade(['a', 'd'], ['a', 'd'])).toBe(true)
    expect(grade(['d', 'a'], ['a', 'd'])).toBe(true)
    expect(grade(['a'], ['a', 'd'])).toBe(false)
    expect(grade(['a', 'b', 'd'], ['a', 'd'])).toBe(false)
    expect(grade(['a', 'a'], ['a', 'd'])).toBe(false)
  })
})
