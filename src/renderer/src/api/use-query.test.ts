// @vitest-environment jsdom
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, type ChangeEvent, type DocumentView } from '../../../shared/api'
import { queryClient } from './query-client'
import { useQuery, type QueryResult } from './use-query'

const mocks = vi.hoisted(() => ({
  listeners: new Set<(e: unknown) => void>(),
  get: vi.fn(),
  themes: vi.fn()
}))

vi.mock('./api', () => ({
  api: { 'documents.get': mocks.get, 'themes.list': mocks.themes },
  onChange: (listener: (e: unknown) => void) => {
    mocks.listeners.add(listener)
    return () => mocks.listeners.delete(listener)
  }
}))

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** Runs `fn`, then lets the cache's notifications (batched on a 0 ms timer) reach the components. */
const step = async (fn: () => unknown) => {
  await act(async () => {
    await fn()
  })
  await act(() => new Promise((resolve) => setTimeout(resolve, 5)))
}

const tagged: ChangeEvent = { version: 2, label: 'Tag', kinds: ['statement'], documentIds: ['d1'] }
const emit = (e: ChangeEvent) => step(() => mocks.listeners.forEach((l) => l(e)))
let latest: QueryResult<'documents.get'>
let others: QueryResult<'documents.get'>[] = []
let container: HTMLDivElement
let root: ReturnType<typeof createRoot>

function Probe({ id }: { id: string | null }) {
  latest = useQuery('documents.get', id === null ? null : { id })
  return null
}
function Copy({ id }: { id: string }) {
  others.push(useQuery('documents.get', { id }))
  return null
}
const render = (id: string | null) => step(() => root.render(createElement(Probe, { id })))
const deferred = <T>() => {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}
const doc = (v: number) => ({ document: { id: 'd1' }, v })

beforeEach(() => {
  mocks.get.mockReset()
  mocks.themes.mockReset()
  queryClient.clear()
  others = []
  container = document.createElement('div')
  root = createRoot(container)
})
afterEach(async () => {
  await act(async () => root.unmount())
})

describe('useQuery', () => {
  it('loads, then asks again after a change event that touches the answer', async () => {
    mocks.get.mockResolvedValueOnce(doc(1)).mockResolvedValueOnce(doc(2))
    await render('d1')
    expect(latest).toMatchObject({ data: doc(1), error: null, loading: false })
    expect(mocks.get).toHaveBeenCalledWith({ id: 'd1' })
    await emit(tagged)
    expect(latest.data).toEqual(doc(2))
    expect(mocks.get).toHaveBeenCalledTimes(2)
  })

  it('leaves the answer alone after a change that cannot alter it', async () => {
    mocks.get.mockResolvedValue(doc(1))
    await render('d1')
    await emit({ ...tagged, kinds: ['note', 'theme'], documentIds: [] })
    await emit({ ...tagged, documentIds: ['d2'] })
    expect(mocks.get).toHaveBeenCalledTimes(1)
  })

  it('updates from the statements an event carries, without asking', async () => {
    const s = { id: 's1', documentId: 'd1', themeIds: [] as string[] }
    mocks.get.mockResolvedValue({ document: { id: 'd1' }, statements: [s], annotations: [], linkCounts: {} })
    await render('d1')
    await emit({ ...tagged, statements: [{ ...s, themeIds: ['t1'] }] as ChangeEvent['statements'] })
    expect((latest.data as DocumentView).statements[0]!.themeIds).toEqual(['t1'])
    expect(mocks.get).toHaveBeenCalledTimes(1)
  })

  it('shares one request among the views asking the same thing at once', async () => {
    const answer = deferred<unknown>()
    mocks.get.mockReturnValue(answer.promise)
    await step(() =>
      root.render([
        createElement(Probe, { key: 'p', id: 'd1' }),
        createElement(Copy, { key: 'c1', id: 'd1' }),
        createElement(Copy, { key: 'c2', id: 'd1' })
      ])
    )
    await step(() => answer.resolve(doc(1)))
    expect(mocks.get).toHaveBeenCalledTimes(1)
    expect(others.at(-1)?.data).toEqual(doc(1))
    await emit(tagged)
    expect(mocks.get).toHaveBeenCalledTimes(2)
  })

  it('keeps the previous data while reloading and after an error', async () => {
    mocks.get.mockResolvedValueOnce(doc(1))
    await render('d1')
    const next = deferred<unknown>()
    mocks.get.mockReturnValueOnce(next.promise)
    await step(() => latest.reload())
    expect(latest).toMatchObject({ data: doc(1), loading: true })
    await step(() => next.reject(new ApiError('NOT_FOUND', 'gone')))
    expect(latest.data).toEqual(doc(1))
    expect(latest.error).toBeInstanceOf(ApiError)
    expect(latest.error?.message).toBe('gone')
    expect(latest.loading).toBe(false)
  })

  it('keeps the previous input’s data while a new input loads', async () => {
    const second = deferred<unknown>()
    mocks.get.mockResolvedValueOnce(doc(1)).mockReturnValueOnce(second.promise)
    await render('d1')
    await render('d2')
    expect(latest).toMatchObject({ data: doc(1), loading: true })
    await step(() => second.resolve({ document: { id: 'd2' } }))
    expect(latest).toMatchObject({ data: { document: { id: 'd2' } }, loading: false })
  })

  it('drops an answer that arrives after a change made it stale', async () => {
    const first = deferred<unknown>()
    mocks.get.mockReturnValueOnce(first.promise).mockResolvedValueOnce(doc(2))
    await render('d1')
    await emit(tagged)
    await step(() => first.resolve(doc(1)))
    expect(latest.data).toEqual(doc(2))
  })

  it('does not ask again for an equal input, and skips a null input', async () => {
    mocks.get.mockResolvedValue(doc(1))
    await render('d1')
    await render('d1')
    expect(mocks.get).toHaveBeenCalledTimes(1)
    await render(null)
    expect(latest).toMatchObject({ data: undefined, error: null, loading: false })
    expect(mocks.get).toHaveBeenCalledTimes(1)
  })
})
