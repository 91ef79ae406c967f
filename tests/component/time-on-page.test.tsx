import { act, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useTimeOnPage } from '@/features/library/use-time-on-page'

function Probe({ onFlush }: { onFlush: (s: number) => void }) {
  useTimeOnPage(onFlush, 'k')
  return null
}

afterEach(() => vi.useRealTimers())

describe('useTimeOnPage', () => {
  it('hands over visible seconds every half minute and on leaving, and skips hidden time', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    const flushed: number[] = []
    const view = render(<Probe onFlush={(s) => flushed.push(s)} />)
    act(() => vi.advanceTimersByTime(30_000))
    expect(flushed).toEqual([30])

    // Hidden for a minute: not counted.
    act(() => vi.advanceTimersByTime(5_000))
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    act(() => void document.dispatchEvent(new Event('visibilitychange')))
    expect(flushed).toEqual([30, 5])
    act(() => vi.advanceTimersByTime(60_000))
    visibility.mockReturnValue('visible')
    act(() => void document.dispatchEvent(new Event('visibilitychange')))
    act(() => vi.advanceTimersByTime(7_000))
    view.unmount()
    expect(flushed).toEqual([30, 5, 7])
  })
})
