// @vitest-environment jsdom
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, type ChangeEvent } from '../../../shared/api'
import { useQuery, type QueryResult } from './use-query'

const mocks = vi.hoisted(() => ({
  listeners: new Set<(e: unknown) => void>(),
  get: vi.fn()
}))

vi.mock('./api', () => ({
  api: { 'documents.get': mocks.get },
  onChange: (listener: (e: unknown) => void) => {
    mocks.listeners.add(listener)
    return () => mocks.listeners.delete(listener)
  }
}))

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const change: ChangeEvent = { version: 2, label: 'Tag', kinds: ['statement'], documentIds: ['d1'] }
let latest: QueryResult<'documents.get'>
let container: HTMLDivElement
let root: ReturnType<typeof createRoot>

function Probe({ id }: { id: string | null }) {
  latest = useQuery('documents.get', id === null ? null : { id })
  return null
}
const render = (id: string | null) => act(async () => root.render(createElement(Probe, { id })))
const deferred = <T>() => {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

beforeEach(() => {
  mocks.get.mockReset()
  mocks.listeners.clear()
  container = document.createElement('div')
  root = createRoot(container)
})
afterEach(async () => {
  await act(async () => root.unmount())
})

describe('useQuery', () => {
  it('loads, then re-runs on change events', async () => {
    mocks.get.mockResolvedValueOnce({ v: 1 }).mockResolvedValueOnce({ v: 2 })
    await render('d1')
    expect(latest).toMatchObject({ data: { v: 1 }, error: null, loading: false })
    expect(mocks.get).toHaveBeenCalledWith({ id: 'd1' })
    await act(async () => mocks.listeners.forEach((l) => l(change)))
    expect(latest.data).toEqual({ v: 2 })
    expect(mocks.get).toHaveBeenCalledTimes(2)
  })

  it('keeps the previous data while reloading and after an error', async () => {
    mocks.get.mockResolvedValueOnce({ v: 1 })
    await render('d1')
    const next = deferred<unknown>()
    mocks.get.mockReturnValueOnce(next.promise)
    await act(async () => latest.reload())
    expect(latest).toMatchObject({ data: { v: 1 }, loading: true })
    await act(async () => next.reject(new ApiError('NOT_FOUND', 'gone')))
    expect(latest.data).toEqual({ v: 1 })
    expect(latest.error).toBeInstanceOf(ApiError)
    expect(latest.error?.message).toBe('gone')
    expect(latest.loading).toBe(false)
  })

  it('drops results that arrive after a newer run started', async () => {
    const first = deferred<unknown>()
    mocks.get.mockReturnValueOnce(first.promise).mockResolvedValueOnce({ v: 'new' })
    await render('d1')
    await act(async () => mocks.listeners.forEach((l) => l(change)))
    await act(async () => first.resolve({ v: 'old' }))
    expect(latest.data).toEqual({ v: 'new' })
  })

  it('does not re-run for an equal input, skips a null input, and unsubscribes on unmount', async () => {
    mocks.get.mockResolvedValue({ v: 1 })
    await render('d1')
    await render('d1')
    expect(mocks.get).toHaveBeenCalledTimes(1)
    await render(null)
    expect(latest).toMatchObject({ data: undefined, loading: false })
    expect(mocks.listeners.size).toBe(0)
  })
})
