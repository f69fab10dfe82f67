import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { Database } from '@hocuspocus/extension-database'
import { Server } from '@hocuspocus/server'
import { originAllowed } from './loopback-origin'
import { DOCUMENT_NAME, syncServerStore } from './sync-server-store'
import { tokenMatches } from './team-token'

export interface SyncServerOptions {
  port: number
  /** Default 127.0.0.1: the server is on the network only when asked. */
  host?: string
  /** Where each workspace's Y.Doc is kept. */
  dataDir: string
  token: string
  /** A WebSocket message over this many bytes closes the connection (default 64 MB). */
  maxMessageBytes?: number
  /** One line per connect, disconnect and refusal; never content. */
  log?: (line: string) => void
}

export interface SyncServer {
  url: string
  close(): Promise<void>
}

/** Changes reach the disk this long after they arrive, at most this long after the first of a burst. */
const STORE_DEBOUNCE_MS = 200
const STORE_MAX_DEBOUNCE_MS = 1000

const peer = (request: IncomingMessage): string =>
  `${request.socket.remoteAddress ?? '?'}:${request.socket.remotePort ?? '?'}`

/** Starts a Hocuspocus server for Dossier workspaces: token-checked, loopback unless told, persisted to files. */
export async function startSyncServer(o: SyncServerOptions): Promise<SyncServer> {
  const log = o.log ?? ((line: string) => console.log(line))
  const host = o.host ?? '127.0.0.1'
  const files = syncServerStore(o.dataDir)
  const server = new Server(
    {
      port: o.port,
      address: host,
      quiet: true,
      stopOnSignals: false,
      debounce: STORE_DEBOUNCE_MS,
      maxDebounce: STORE_MAX_DEBOUNCE_MS,
      extensions: [
        new Database({
          fetch: ({ documentName }) => files.fetch(documentName),
          store: ({ documentName, state }) => files.store(documentName, state)
        })
      ],
      async onUpgrade({ request, socket }: { request: IncomingMessage; socket: Duplex }) {
        if (originAllowed(request.headers.origin)) return
        log(`refused ${peer(request)}: foreign Origin`)
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
        socket.destroy()
        // An empty rejection stops Hocuspocus from upgrading without it logging an error.
        throw null
      },
      // Refusals throw an empty Error: the line above is the log, and the client is told only "permission denied".
      async onAuthenticate({ token, documentName, request }) {
        if (!tokenMatches(o.token, token)) {
          log(`refused ${peer(request)}: wrong token`)
          throw new Error()
        }
        if (!DOCUMENT_NAME.test(documentName)) {
          log(`refused ${peer(request)}: not a workspace id`)
          throw new Error()
        }
      },
      async connected({ documentName, request }) {
        log(`connect ${peer(request)} workspace ${documentName}`)
      },
      async onDisconnect({ documentName, clientsCount }) {
        log(`disconnect workspace ${documentName} (${clientsCount} still connected)`)
      }
    },
    { maxPayload: o.maxMessageBytes ?? 64 * 1024 * 1024 }
  )
  await server.listen()
  const { port } = server.address
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `ws://${shownHost}:${port}`,
    close: () => server.destroy()
  }
}
