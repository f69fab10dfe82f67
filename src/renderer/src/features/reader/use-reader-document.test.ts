// @vitest-environment jsdom
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, type ChangeEvent } from '../../../../shared/api'
import { queryClient } from '../../api/query-client'
import { appStore } from '../../app/app-state'
import { FIRST_CHUNK_CHARS } from './text-chunks'
import {
  loadDocument,
  useLoadOpenedDocuments,
  useReaderDocument,
  type ReaderDocument
} from './use-reader-document'

const mocks = vi.hoisted(() => ({
  listeners: new Set<(e: unknown) => void>(),
  get: vi.fn(),
  getHead: vi.fn()
}))

vi.mock('../../api/api', () => ({
  api: { 'documents.get': mocks.get, 'documents.getHead': mocks.getHead },
  onChange: (listener: (e: unknown) => void) => {
    mocks.listeners.add(listener)
    return () => mocks.listeners.delete(listener)
  },
  onMenuCommand: () => () => {},
  onProgress: () => () => {}
}))

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** Runs `fn`, then lets the cache's notifications (batched on a 0 ms timer) reach the components. */
const step = async (fn: () => unknown) => {
  await act(async () => {
    await fn()
  })
  await act(() => new Promise((resolve) => setTimeout(resolve, 5)))
}
const deferred = <T>() => {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}
const head = (id: string) => ({ document: { id }, part: 'head', totals: { statements: 9, annotations: 9 } })
const whole = (id: string, v = 1) => ({ document: { id }, part: 'whole', v })

let latest: ReaderDocument
let container: HTMLDivElement
let root: ReturnType<typeof createRoot>
function Probe({ id }: { id: string | null }) {
  latest = useReaderDocument(id)
  return null
}
function Opener() {
  useLoadOpenedDocuments()
  return null
}
const render = (id: string | null) => step(() => root.render(createElement(Probe, { id })))

beforeEach(() => {
  mocks.get.mockReset()
  mocks.getHead.mockReset()
  queryClient.clear()
  appStore.setState({ documentId: null })
  container = document.createElement('div')
  root = createRoot(container)
})
afterEach(async () => {
  await act(async () => root.unmount())
})

describe('useReaderDocument', () => {
  it('shows the head first, asks for the whole once the head is in, then shows the whole', async () => {
    const first = deferred<unknown>()
    const rest = deferred<unknown>()
    mocks.getHead.mockReturnValue(first.promise)
    mocks.get.mockReturnValue(rest.promise)
    await render('d1')
    expect(latest.shown).toBeUndefined()
    expect(mocks.getHead).toHaveBeenCalledWith({ id: 'd1', chars: FIRST_CHUNK_CHARS })
    expect(mocks.get).not.toHaveBeenCalled()

    await step(() => first.resolve(head('d1')))
    expect(latest).toMatchObject({ shown: head('d1'), whole: false, error: null })
    expect(mocks.get).toHaveBeenCalledWith({ id: 'd1' })

    await step(() => rest.resolve(whole('d1')))
    expect(latest).toMatchObject({ shown: whole('d1'), whole: true })
    expect(mocks.getHead).toHaveBeenCalledTimes(1)
  })

  it('once the whole is in, a change reloads the whole only', async () => {
    mocks.getHead.mockResolvedValue(head('d1'))
    mocks.get.mockResolvedValueOnce(whole('d1')).mockResolvedValueOnce(whole('d1', 2))
    await render('d1')
    await step(() => vi.waitFor(() => expect(latest.whole).toBe(true)))
    const tagged: ChangeEvent = { version: 2, label: 'Tag', kinds: ['statement'], documentIds: ['d1'] }
    await step(() => mocks.listeners.forEach((l) => l(tagged)))
    expect(latest.shown).toEqual(whole('d1', 2))
    expect(mocks.get).toHaveBeenCalledTimes(2)
    expect(mocks.getHead).toHaveBeenCalledTimes(1)
  })

  it('shows a document whose whole is cached at once, without its head', async () => {
    mocks.getHead.mockImplementation(async ({ id }: { id: string }) => head(id))
    mocks.get.mockImplementation(async ({ id }: { id: string }) => whole(id))
    const shown = (id: string) => step(() => vi.waitFor(() => expect(latest.shown).toEqual(whole(id))))
    await render('d1')
    await shown('d1')
    await render('d2')
    await shown('d2')
    await render('d1')
    expect(latest).toMatchObject({ shown: whole('d1'), whole: true })
    expect(mocks.getHead.mock.calls).toEqual([
      [{ id: 'd1', chars: FIRST_CHUNK_CHARS }],
      [{ id: 'd2', chars: FIRST_CHUNK_CHARS }]
    ])
    expect(mocks.get).toHaveBeenCalledTimes(2)
  })

  it('shows the whole’s error, also when the head failed first', async () => {
    mocks.getHead.mockRejectedValue(new ApiError('NOT_FOUND', 'no document with id "d1"'))
    mocks.get.mockRejectedValue(new ApiError('NOT_FOUND', 'no document with id "d1"'))
    await render('d1')
    await step(() => vi.waitFor(() => expect(latest.error).not.toBeNull()))
    expect(mocks.get).toHaveBeenCalledWith({ id: 'd1' })
    expect(latest.shown).toBeUndefined()
    expect(latest.error?.code).toBe('NOT_FOUND')
  })
})

describe('loadDocument', () => {
  it('asks for the head, then at once for the whole, which the reader then shows without asking again', async () => {
    mocks.getHead.mockResolvedValue(head('d1'))
    mocks.get.mockResolvedValue(whole('d1'))
    await step(() => loadDocument('d1'))
    expect(mocks.getHead.mock.invocationCallOrder[0]).toBeLessThan(mocks.get.mock.invocationCallOrder[0]!)
    await render('d1')
    expect(latest).toMatchObject({ shown: whole('d1'), whole: true })
    expect(mocks.getHead).toHaveBeenCalledTimes(1)
    expect(mocks.get).toHaveBeenCalledTimes(1)
    await step(() => loadDocument('d1'))
    expect(mocks.getHead).toHaveBeenCalledTimes(1)
  })

  it('starts as a document is opened, before any reader renders', async () => {
    mocks.getHead.mockReturnValue(new Promise(() => {}))
    await step(() => root.render(createElement(Opener)))
    appStore.setState({ documentId: 'd7' })
    expect(mocks.getHead).toHaveBeenCalledWith({ id: 'd7', chars: FIRST_CHUNK_CHARS })
  })
})
