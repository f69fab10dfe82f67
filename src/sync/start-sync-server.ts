import type { IncomingMessage } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { Duplex } from 'node:stream'
import { Server } from '@hocuspocus/server'
import * as Y from 'yjs'
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
  /** A WebSocket message over this many bytes closes the connection (default 256 MB). */
  maxMessageBytes?: number
  /** One line per connect, disconnect and refusal; never content. */
  log?: (line: string) => void
  /** Serve wss:// with this certificate and key (PEM) instead of ws://. */
  tls?: { cert: string | Buffer; key: string | Buffer }
}

export interface SyncServer {
  url: string
  close(): Promise<void>
}

/** A first member's whole workspace arrives as one message: the 1,000-document benchmark workspace's is over 64 MB. */
export const DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024 * 1024

/** The whole doc is considered for rewriting this long after a burst of changes (each is appended as it comes). */
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
        {
          async onLoadDocument({ document, documentName }) {
            const saved = await files.load(documentName)
            if (saved) for (const update of [saved.state, ...saved.updates]) Y.applyUpdate(document, update)
            // Hocuspocus acknowledges an update right after applying it: it is on disk before that.
            document.on('update', (update: Uint8Array) => files.append(documentName, update))
          },
          async onStoreDocument({ document, documentName }) {
            await files.compact(documentName, () => Y.encodeStateAsUpdate(document))
          },
          async afterUnloadDocument({ documentName }) {
            files.forget(documentName)
          }
        }
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
    { maxPayload: o.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES }
  )
  if (o.tls) {
    // Hocuspocus makes a plain HTTP server; the same handlers go on an HTTPS one before it listens.
    server.httpServer = createHttpsServer({ cert: o.tls.cert, key: o.tls.key }, server.requestHandler)
    server.setupHttpUpgrade()
  }
  await server.listen()
  const { port } = server.address
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `${o.tls ? 'wss' : 'ws'}://${shownHost}:${port}`,
    close: async () => {
      await server.destroy()
      // Stopped means stopped: no socket stays open (Hocuspocus only tells each document's clients it closed).
      for (const client of server.webSocketServer.clients) client.terminate()
      server.httpServer.closeAllConnections()
    }
  }
}
