import { describe, expect, it, vi } from 'vitest'
import { ApiError, createClient, type ChangeEvent } from '../../../shared/api'
import { createHttpTransport } from './http-transport'

const sampleChange: ChangeEvent = { version: 7, label: 'Create theme', kinds: ['theme'], documentIds: [] }

describe('createHttpTransport operations', () => {
  it('POSTs JSON with the token and returns the result', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValue(Response.json({ ok: true, result: [{ id: 't1' }] }))
    const api = createClient(createHttpTransport({ token: 'tok', fetch: fetchMock }))
    await expect(api['themes.list']({})).resolves.toEqual([{ id: 't1' }])
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/op/themes.list')
    expect(init).toMatchObject({
      method: 'POST',
      body: '{}',
      headers: { 'X-Dossier-Token': 'tok', 'Content-Type': 'application/json' }
    })
  })

  it('rejects with the ApiError the server sent', async () => {
    const body = { ok: false, error: { code: 'NOT_FOUND', message: 'no note "n1"' } }
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(Response.json(body, { status: 404 }))
    const api = createClient(createHttpTransport({ token: 't', fetch: fetchMock }))
    const err = await api['notes.get']({ id: 'n1' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: 'no note "n1"' })
  })

  it('explains an unreachable server and a non-JSON failure', async () => {
    const down = vi.fn<typeof fetch>().mockRejectedValue(new TypeError('fetch failed'))
    await expect(
      createHttpTransport({ token: 't', fetch: down }).invoke('themes.list', {})
    ).rejects.toMatchObject({
      message: expect.stringMatching(/Cannot reach the Dossier server/)
    })
    const proxy = vi
      .fn<typeof fetch>()
      .mockResolvedValue(new Response('<html>', { status: 502, statusText: 'Bad Gateway' }))
    await expect(
      createHttpTransport({ token: 't', fetch: proxy }).invoke('themes.list', {})
    ).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/502/)
    })
  })
})

describe('createHttpTransport event stream', () => {
  const sse = (text: string, keepOpen: boolean) =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(text))
          if (!keepOpen) controller.close()
        }
      }),
      { status: 200, headers: { 'Content-Type': 'text/event-stream' } }
    )

  it('reconnects with backoff and tells listeners to refresh after a reconnect', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('network down'))
      .mockResolvedValueOnce(sse(`event: change\ndata: ${JSON.stringify(sampleChange)}\n\n`, false))
      .mockResolvedValue(sse(': connected\n\n', true))
    const transport = createHttpTransport({ token: 't', fetch: fetchMock, retry: { minMs: 5, maxMs: 20 } })
    const received: ChangeEvent[] = []
    const stop = transport.onChange((e) => received.push(e))
    await vi.waitFor(() => expect(received).toHaveLength(2))
    expect(received[0]).toEqual(sampleChange)
    expect(received[1]).toMatchObject({ label: 'reconnected' })
    expect(fetchMock).toHaveBeenCalledTimes(3)
    expect(fetchMock.mock.calls[0]?.[1]?.headers).toEqual({ 'X-Dossier-Token': 't' })
    stop()
  })

  it('gives up (with a console message) when the server refuses the stream', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(new Response('{}', { status: 401 }))
    const stop = createHttpTransport({
      token: 't',
      fetch: fetchMock,
      retry: { minMs: 1, maxMs: 1 }
    }).onChange(() => {})
    await vi.waitFor(() => expect(log).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 20))
    expect(fetchMock).toHaveBeenCalledTimes(1)
    stop()
    log.mockRestore()
  })
})
