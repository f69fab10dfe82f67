import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { connectLiveBody, fetchLiveEditing, type LiveBody } from './live-body'

/** The server's copy of the body: like the server, it asks each socket it accepts for what it lacks, and answers it. */
const server = new Y.Doc()
const sockets: FakeSocket[] = []

class FakeSocket extends EventTarget {
  static readonly OPEN = 1
  readyState = 0
  binaryType = 'blob'
  constructor(
    readonly url: string,
    readonly protocols: string[]
  ) {
    super()
    sockets.push(this)
  }
  accept(): void {
    this.readyState = FakeSocket.OPEN
    this.dispatchEvent(new Event('open'))
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    syncProtocol.writeSyncStep1(encoder, server)
    this.receive(encoding.toUint8Array(encoder))
  }
  send(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data)
    if (decoding.readVarUint(decoder) !== 0) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    syncProtocol.readSyncMessage(decoder, encoder, server, this)
    if (encoding.length(encoder) > 1) this.receive(encoding.toUint8Array(encoder))
  }
  receive(message: Uint8Array): void {
    this.dispatchEvent(Object.assign(new Event('message'), { data: message.slice().buffer }))
  }
  close(code = 1000): void {
    if (this.readyState === 3) return
    this.readyState = 3
    this.dispatchEvent(Object.assign(new Event('close'), { code }))
  }
}

const open: LiveBody[] = []
function connect(): LiveBody {
  const body = connectLiveBody({
    origin: 'ws://127.0.0.1:4000',
    token: 'tok',
    owner: 'notes',
    id: 'nt-1',
    retry: { minMs: 10, maxMs: 20 },
    WebSocket: FakeSocket as unknown as typeof WebSocket
  })
  open.push(body)
  return body
}
const states = (body: LiveBody) => {
  const seen: string[] = []
  body.onState((s) => seen.push(s))
  return seen
}

afterEach(() => {
  for (const b of open.splice(0)) b.close()
  sockets.length = 0
  vi.useRealTimers()
})

describe('connectLiveBody', () => {
  it('connects with the token as the second subprotocol, and syncs the body both ways', () => {
    server.getXmlFragment('body').insert(0, [new Y.XmlText('From the server')])
    const body = connect()
    const seen = states(body)
    expect(sockets[0]!.url).toBe('ws://127.0.0.1:4000/api/live/notes/nt-1')
    expect(sockets[0]!.protocols).toEqual(['dossier-live', 'tok'])
    sockets[0]!.accept()
    expect(seen).toEqual(['synced'])
    expect(body.fragment.toString()).toBe('From the server')
    ;(body.fragment.get(0) as Y.XmlText).insert(0, 'Typed. ')
    expect(server.getXmlFragment('body').toString()).toBe('Typed. From the server')
  })

  it('reconnects after a lost connection and sends what was typed meanwhile; stops when the body is gone', async () => {
    vi.useFakeTimers()
    const body = connect()
    const seen = states(body)
    sockets[0]!.accept()
    sockets[0]!.close(1006)
    ;(body.fragment.get(0) as Y.XmlText).insert(0, 'Offline. ')
    expect(server.getXmlFragment('body').toString()).not.toContain('Offline.')
    await vi.advanceTimersByTimeAsync(10)
    expect(sockets).toHaveLength(2)
    sockets[1]!.accept()
    expect(server.getXmlFragment('body').toString()).toContain('Offline. ')
    sockets[1]!.close(4404)
    await vi.advanceTimersByTimeAsync(100)
    expect(sockets).toHaveLength(2)
    expect(seen).toEqual(['synced', 'gone'])
  })
})

describe('fetchLiveEditing', () => {
  const answer = (status: number, body: unknown) => async () =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

  it('is on only when the server says so in a well-formed answer', async () => {
    const calls: [unknown, RequestInit | undefined][] = []
    const on = async (input: unknown, init?: RequestInit) => {
      calls.push([input, init])
      return answer(200, { ok: true, result: { on: true } })()
    }
    expect(await fetchLiveEditing('tok', on as typeof fetch)).toBe(true)
    expect(calls[0]![0]).toBe('/api/live')
    expect(calls[0]![1]?.headers).toEqual({ 'X-Dossier-Token': 'tok' })
    expect(await fetchLiveEditing('tok', answer(200, { ok: true, result: { on: false } }))).toBe(false)
    expect(await fetchLiveEditing('tok', answer(200, { ok: true, result: { on: 'yes' } }))).toBe(false)
    expect(await fetchLiveEditing('tok', answer(200, { ok: true }))).toBe(false)
    expect(await fetchLiveEditing('tok', answer(401, { ok: false, error: {} }))).toBe(false)
    expect(await fetchLiveEditing('tok', () => Promise.reject(new TypeError('offline')))).toBe(false)
  })
})
