import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import { WebSocketServer, type WebSocket } from 'ws'
import type * as Y from 'yjs'
import { LIVE_PROTOCOL, type LiveOwner } from '../shared/api/live-editing'

export { LIVE_PROTOCOL, type LiveOwner }

/** One note body (or highlight note) open for live editors: a Y.Doc kept in step with the workspace. */
export interface LiveBody {
  doc: Y.Doc
  close(): void
}

/** What the server needs to host live editors; `open` returns null when the body cannot be edited live. */
export interface LiveBodies {
  open(owner: LiveOwner, id: string, onGone: () => void): LiveBody | null
  /** Whether bodies can be opened now (the workspace syncs); without it, always. */
  available?(): boolean
}

/** `/api/live/notes/<id>` or `/api/live/annotations/<id>`. */
export const LIVE_PATH = /^\/api\/live\/(notes|annotations)\/([A-Za-z0-9_.-]{1,128})$/
const MAX_MESSAGE_BYTES = 8 * 1024 * 1024

const SYNC = 0
const AWARENESS = 1

interface Room {
  body: LiveBody
  awareness: awarenessProtocol.Awareness
  sockets: Map<WebSocket, Set<number>>
}

/**
 * Relays y-protocols sync and awareness between the editors of one body (y-websocket's message format), with the
 * body's Y.Doc as the shared copy. The caller has checked Host, Origin and token before `upgrade`.
 */
export function liveBodySockets(bodies: LiveBodies) {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    handleProtocols: (protocols) => (protocols.has(LIVE_PROTOCOL) ? LIVE_PROTOCOL : false)
  })
  const rooms = new Map<string, Room>()

  const send = (socket: WebSocket, message: Uint8Array) => {
    if (socket.readyState === socket.OPEN) socket.send(message)
  }

  function openRoom(owner: LiveOwner, id: string): Room | null {
    const key = `${owner}/${id}`
    const existing = rooms.get(key)
    if (existing) return existing
    let room: Room | null = null
    const body = bodies.open(owner, id, () => {
      if (room) for (const socket of room.sockets.keys()) socket.close(4404, 'this note is gone')
    })
    if (!body) return null
    const awareness = new awarenessProtocol.Awareness(body.doc)
    awareness.setLocalState(null)
    room = { body, awareness, sockets: new Map() }
    const r = room
    body.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, SYNC)
      syncProtocol.writeUpdate(encoder, update)
      const message = encoding.toUint8Array(encoder)
      for (const socket of r.sockets.keys()) if (socket !== origin) send(socket, message)
    })
    awareness.on(
      'update',
      ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>, origin: unknown) => {
        const changed = [...added, ...updated, ...removed]
        const ids = r.sockets.get(origin as WebSocket)
        if (ids) {
          for (const c of added) ids.add(c)
          for (const c of removed) ids.delete(c)
        }
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, AWARENESS)
        encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, changed))
        const message = encoding.toUint8Array(encoder)
        for (const socket of r.sockets.keys()) send(socket, message)
      }
    )
    rooms.set(key, room)
    return room
  }

  function leave(owner: LiveOwner, id: string, room: Room, socket: WebSocket): void {
    const ids = room.sockets.get(socket)
    room.sockets.delete(socket)
    if (ids && ids.size > 0) awarenessProtocol.removeAwarenessStates(room.awareness, [...ids], null)
    if (room.sockets.size > 0) return
    rooms.delete(`${owner}/${id}`)
    room.awareness.destroy()
    room.body.close()
  }

  function join(socket: WebSocket, owner: LiveOwner, id: string, room: Room): void {
    room.sockets.set(socket, new Set())
    socket.binaryType = 'nodebuffer'
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) return socket.close(1003, 'binary y-protocols messages only')
      try {
        const decoder = decoding.createDecoder(new Uint8Array(data))
        const type = decoding.readVarUint(decoder)
        if (type === SYNC) {
          const encoder = encoding.createEncoder()
          encoding.writeVarUint(encoder, SYNC)
          syncProtocol.readSyncMessage(decoder, encoder, room.body.doc, socket)
          if (encoding.length(encoder) > 1) send(socket, encoding.toUint8Array(encoder))
        } else if (type === AWARENESS) {
          awarenessProtocol.applyAwarenessUpdate(room.awareness, decoding.readVarUint8Array(decoder), socket)
        } else socket.close(1003, 'unknown message type')
      } catch {
        socket.close(1007, 'malformed message')
      }
    })
    socket.on('close', () => leave(owner, id, room, socket))
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, SYNC)
    syncProtocol.writeSyncStep1(encoder, room.body.doc)
    send(socket, encoding.toUint8Array(encoder))
    const states = [...room.awareness.getStates().keys()]
    if (states.length > 0) {
      const aware = encoding.createEncoder()
      encoding.writeVarUint(aware, AWARENESS)
      encoding.writeVarUint8Array(aware, awarenessProtocol.encodeAwarenessUpdate(room.awareness, states))
      send(socket, encoding.toUint8Array(aware))
    }
  }

  return {
    /** Takes an upgrade whose path matched LIVE_PATH; closes with 4404 when the body cannot be edited live. */
    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, owner: LiveOwner, id: string): void {
      wss.handleUpgrade(req, socket, head, (ws) => {
        const room = openRoom(owner, id)
        if (room) join(ws, owner, id, room)
        else ws.close(4404, 'this note cannot be edited live')
      })
    },
    close(): void {
      for (const room of rooms.values()) for (const socket of room.sockets.keys()) socket.terminate()
      wss.close()
    }
  }
}
