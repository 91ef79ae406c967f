import { describe, expect, it } from 'vitest'
import { formatMinutes, plural } from '@/lib/format'

describe('format', () => {
  it('writes durations as a reader would say them', () => {
    expect(formatMinutes(45)).toBe('45 min')
    expect(formatMinutes(120)).toBe('2 h')
    expect(formatMinutes(95)).toBe('1 h 35 min')
  })
  it('pluralizes', () => {
    expect(plural(1, 'section')).toBe('1 section')
    expect(plural(3, 'section')).toBe('3 sections')
  })
})
