import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import {
  LIVE_EDITING_PATH,
  LIVE_PROTOCOL,
  LiveEditing,
  type LiveOwner
} from '../../../shared/api/live-editing'

/** The name of the fragment the server's room holds the body in. */
const ROOM_FIELD = 'body'
const SYNC = 0
const AWARENESS = 1
/** Closed by the server: this body cannot be edited live (no such note, or it was deleted). */
const GONE = 4404

export interface LiveBodyOptions {
  /** `ws://host:port` of the page's own server. */
  origin: string
  token: string
  owner: LiveOwner
  id: string
  /** Reconnect delays: doubling from `minMs` up to `maxMs`. */
  retry?: { minMs: number; maxMs: number }
  /** The WebSocket class (tests in Node pass one). */
  WebSocket?: typeof WebSocket
}

export interface LiveBody {
  doc: Y.Doc
  /** The body, as the editors share it. */
  fragment: Y.XmlFragment
  awareness: awarenessProtocol.Awareness
  /** Hears 'synced' once the server's copy has arrived, and 'gone' when the body cannot be edited live. */
  onState(listener: (state: 'synced' | 'gone') => void): () => void
  close(): void
}

/**
 * A live editor's side of `/api/live/<owner>/<id>`: y-protocols sync and awareness over the browser's WebSocket,
 * reconnecting quietly after a lost connection (what was typed meanwhile is sent then).
 */
export function connectLiveBody(options: LiveBodyOptions): LiveBody {
  const Socket = options.WebSocket ?? WebSocket
  const retry = options.retry ?? { minMs: 500, maxMs: 10_000 }
  const url = `${options.origin}/api/live/${options.owner}/${encodeURIComponent(options.id)}`
  const doc = new Y.Doc()
  const fragment = doc.getXmlFragment(ROOM_FIELD)
  const awareness = new awarenessProtocol.Awareness(doc)
  const listeners = new Set<(state: 'synced' | 'gone') => void>()
  let socket: WebSocket | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let delay = retry.minMs
  let synced = false
  let stopped = false
  let closed = false

  const tell = (state: 'synced' | 'gone') => listeners.forEach((l) => l(state))
  const send = (type: number, write: (e: encoding.Encoder) => void) => {
    if (socket?.readyState !== Socket.OPEN) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, type)
    write(encoder)
    socket.send(encoding.toUint8Array(encoder))
  }

  function onMessage(from: WebSocket, data: ArrayBuffer): void {
    const decoder = decoding.createDecoder(new Uint8Array(data))
    const type = decoding.readVarUint(decoder)
    if (type === SYNC) {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, SYNC)
      const kind = syncProtocol.readSyncMessage(decoder, encoder, doc, from)
      if (encoding.length(encoder) > 1) from.send(encoding.toUint8Array(encoder))
      if (kind === syncProtocol.messageYjsSyncStep2 && !synced) {
        synced = true
        tell('synced')
      }
    } else if (type === AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), from)
    }
  }

  function open(): void {
    timer = null
    const s = new Socket(url, [LIVE_PROTOCOL, options.token])
    socket = s
    s.binaryType = 'arraybuffer'
    s.addEventListener('open', () => {
      delay = retry.minMs
      send(SYNC, (e) => syncProtocol.writeSyncStep1(e, doc))
      if (awareness.getLocalState() !== null)
        send(AWARENESS, (e) =>
          encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]))
        )
    })
    s.addEventListener('message', (event: MessageEvent) => {
      try {
        if (event.data instanceof ArrayBuffer) onMessage(s, event.data)
      } catch {
        s.close(1007, 'malformed message')
      }
    })
    s.addEventListener('close', (event: CloseEvent) => {
      if (socket !== s) return
      socket = null
      const others = [...awareness.getStates().keys()].filter((c) => c !== doc.clientID)
      awarenessProtocol.removeAwarenessStates(awareness, others, 'connection lost')
      if (stopped) return
      if (event.code === GONE) {
        stopped = true
        return tell('gone')
      }
      timer = setTimeout(open, delay)
      delay = Math.min(delay * 2, retry.maxMs)
    })
  }

  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== socket) send(SYNC, (e) => syncProtocol.writeUpdate(e, update))
  })
  awareness.on(
    'update',
    ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>, origin: unknown) => {
      if (origin === socket || origin === 'connection lost') return
      const changed = [...added, ...updated, ...removed]
      send(AWARENESS, (e) =>
        encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, changed))
      )
    }
  )
  open()

  return {
    doc,
    fragment,
    awareness,
    onState(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      if (closed) return
      closed = stopped = true
      if (timer) clearTimeout(timer)
      awarenessProtocol.removeAwarenessStates(awareness, [doc.clientID], 'closing')
      socket?.close(1000)
      socket = null
      awareness.destroy()
      doc.destroy()
    }
  }
}

/** Asks the page's server whether it hosts live editors; false when it does not or cannot say. */
export async function fetchLiveEditing(token: string, doFetch: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await doFetch(LIVE_EDITING_PATH, {
      headers: { 'X-Dossier-Token': token },
      cache: 'no-store'
    })
    if (!response.ok) return false
    const body = (await response.json()) as { ok?: unknown; result?: unknown }
    const parsed = LiveEditing.safeParse(body?.result)
    return body?.ok === true && parsed.success && parsed.data.on
  } catch {
    return false
  }
}
