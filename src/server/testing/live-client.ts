import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { LIVE_PROTOCOL } from '../live-body-socket'

/** A live editor's side of the relay as a test drives it: a Y.Doc and an awareness synced over one socket. */
export interface LiveClient {
  doc: Y.Doc
  awareness: awarenessProtocol.Awareness
  /** Resolves once the server's copy has arrived. */
  synced: Promise<void>
  closed: Promise<{ code: number; reason: string }>
  close(): void
}

export function liveClient(url: string, token: string, origin?: string): LiveClient {
  const doc = new Y.Doc()
  const awareness = new awarenessProtocol.Awareness(doc)
  const socket = new WebSocket(url, [LIVE_PROTOCOL, token], origin ? { origin } : {})
  const send = (type: number, write: (e: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, type)
    write(encoder)
    if (socket.readyState === WebSocket.OPEN) socket.send(encoding.toUint8Array(encoder))
  }
  let markSynced: () => void = () => undefined
  const synced = new Promise<void>((resolve) => (markSynced = resolve))
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
    socket.on('unexpected-response', (_req, res) => resolve({ code: res.statusCode ?? 0, reason: 'refused' }))
    socket.on('error', () => undefined)
  })
  socket.on('open', () => {
    send(0, (e) => syncProtocol.writeSyncStep1(e, doc))
    send(1, (e) =>
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]))
    )
  })
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data))
    const type = decoding.readVarUint(decoder)
    if (type === 0) {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, 0)
      const kind = syncProtocol.readSyncMessage(decoder, encoder, doc, socket)
      if (kind === syncProtocol.messageYjsSyncStep2) markSynced()
      if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder))
    } else awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), socket)
  })
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== socket) send(0, (e) => syncProtocol.writeUpdate(e, update))
  })
  awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
    if (origin === socket) return
    const changed = [...added!, ...updated!, ...removed!]
    send(1, (e) =>
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, changed))
    )
  })
  return {
    doc,
    awareness,
    synced,
    closed,
    close: () => {
      awareness.destroy()
      socket.close()
    }
  }
}
