import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { testFolder } from '../core/testing/temp-folder'
import { ApiError, createClient, type ChangeEvent, type ProgressEvent, type Transport } from '../shared/api'
import { startServer, type RunningServer } from './start-server'
import { createFakeCore, sampleChange } from './testing/fake-core'

// The renderer's HTTP transport lives in the web project; load it at run time so each TS project keeps its files.
const transportModule = '../renderer/src/api/http-transport'
const { createHttpTransport } = (await import(/* @vite-ignore */ transportModule)) as {
  createHttpTransport(options: { token: string; baseUrl?: string }): Transport
}

describe('renderer HTTP transport against startServer', () => {
  let server: RunningServer
  let core: ReturnType<typeof createFakeCore>
  let dir: string

  beforeEach(async () => {
    dir = await testFolder('dossier-http-')
    core = createFakeCore()
    server = await startServer({ core, rendererDir: dir })
  })
  afterEach(() => server.close())

  const transport = (token = server.token) =>
    createHttpTransport({ token, baseUrl: `http://127.0.0.1:${server.port}` })

  it('calls operations and returns their results', async () => {
    const api = createClient(transport())
    await expect(api['documents.list']({})).resolves.toEqual([{ id: 'doc1', title: 'Seed article' }])
    await expect(api['themes.create']({ name: 'Risk' })).resolves.toEqual({ id: 'th1', name: 'Risk' })
  })

  it('rejects with the server’s ApiError', async () => {
    const api = createClient(transport())
    const err = await api['notes.get']({ id: 'n1' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: 'notes.get: no note "n1"' })
    const wrongToken = createClient(transport('wrong'))
    const denied = await wrongToken['documents.list']({}).catch((e: unknown) => e)
    expect(denied).toMatchObject({ message: expect.stringMatching(/access token/) })
  })

  it('delivers change events and stops streaming after the last unsubscribe', async () => {
    const received: ChangeEvent[] = []
    const unsubscribe = transport().onChange((e) => received.push(e))
    await vi.waitFor(() => expect(core.listenerCount()).toBe(1))
    core.emit(sampleChange)
    await vi.waitFor(() => expect(received).toEqual([sampleChange]))
    unsubscribe()
    await vi.waitFor(() => expect(core.listenerCount()).toBe(0))
  })

  it('delivers progress events of long operations', async () => {
    const received: ProgressEvent[] = []
    const unsubscribe = transport().onProgress!((e) => received.push(e))
    await vi.waitFor(() => expect(core.listenerCount()).toBe(1))
    const event: ProgressEvent = {
      taskId: 'import-1',
      label: 'Importing a.pdf',
      done: 2,
      total: 5,
      finished: false
    }
    core.emitProgress(event)
    await vi.waitFor(() => expect(received).toEqual([event]))
    unsubscribe()
  })
})
