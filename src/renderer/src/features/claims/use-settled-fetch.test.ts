// @vitest-environment jsdom
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSettledFetch } from './use-settled-fetch'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const ensure = vi.fn<(first: number, last: number) => void>()
let root: ReturnType<typeof createRoot>

function Probe({ first, last, version = 0 }: { first: number; last: number; version?: number }) {
  useSettledFetch(ensure, first, last, 100_000, version)
  return null
}
const view = (first: number, last: number, version?: number) =>
  act(() => root.render(createElement(Probe, { first, last, version })))
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms))

beforeEach(() => {
  vi.useFakeTimers()
  ensure.mockReset()
  root = createRoot(document.createElement('div'))
})
afterEach(() => {
  act(() => root.unmount())
  vi.useRealTimers()
})

describe('useSettledFetch', () => {
  it('fetches the view and 24 rows either side at once while scrolling', () => {
    view(0, 20)
    expect(ensure).toHaveBeenLastCalledWith(0, 44)
    view(10, 30)
    expect(ensure).toHaveBeenLastCalledWith(0, 54)
    view(30, 50)
    expect(ensure).toHaveBeenLastCalledWith(6, 74)
    expect(ensure).toHaveBeenCalledTimes(3)
  })

  it('fetches at once after one jump', () => {
    view(0, 20)
    wait(1000)
    view(100_000, 100_020)
    expect(ensure).toHaveBeenLastCalledWith(99_976, 100_044)
    wait(1000)
    view(0, 20)
    expect(ensure).toHaveBeenLastCalledWith(0, 44)
  })

  it('after jumps in a row, fetches only where the view settles, once it stops jumping', () => {
    view(0, 20)
    view(5000, 5020)
    ensure.mockReset()
    wait(40)
    view(9000, 9020)
    wait(40)
    view(60_000, 60_020)
    wait(79)
    expect(ensure).not.toHaveBeenCalled()
    wait(1)
    expect(ensure).toHaveBeenCalledTimes(1)
    expect(ensure).toHaveBeenLastCalledWith(59_976, 60_044)
  })

  it('keeps waiting when rows arrive or the view moves a little soon after jumps', () => {
    view(0, 20)
    view(3000, 3020)
    wait(10)
    ensure.mockReset()
    view(5000, 5020)
    wait(50)
    view(5000, 5020, 1)
    view(5001, 5021, 1)
    wait(29)
    expect(ensure).not.toHaveBeenCalled()
    wait(1)
    expect(ensure).toHaveBeenCalledExactlyOnceWith(4977, 5045)
    view(5002, 5022, 1)
    expect(ensure).toHaveBeenLastCalledWith(4978, 5046)
  })
})
