import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { resolve } from 'node:path'
import type { CoreService } from '../core/core-service'
import { isOpName } from '../shared/api/contract'
import { LIVE_EDITING_PATH, type LiveEditing } from '../shared/api/live-editing'
import { SECURITY_HEADERS } from '../transport/content-security-policy'
import { toErrorBody } from '../transport/reply-envelope'
import { ERROR_STATUS } from './error-status'
import { openEventStream } from './event-stream'
import { BodyError, CLIENT_CLOSED, MAX_BODY_BYTES, readJsonBody } from './read-json-body'
import {
  LIVE_PATH,
  LIVE_PROTOCOL,
  liveBodySockets,
  type LiveBodies,
  type LiveOwner
} from './live-body-socket'
import { checkHost, checkOrigin, checkToken, checkTokenValue, isJsonContentType } from './request-guard'
import { sendError, sendJson } from './send'
import { serveStatic } from './serve-static'

export interface StartServerOptions {
  core: CoreService
  /** 0 (the default) picks a free port. */
  port?: number
  /** The built renderer, `out/renderer`. */
  rendererDir: string
  /** For tests; defaults to 64 MiB. */
  maxBodyBytes?: number
  /** Note bodies open for live editors (when the workspace syncs live); without it no editor co-edits. */
  live?: LiveBodies
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT/#token=…`: the token travels in the fragment, so it never reaches a server log. */
  url: string
  token: string
  port: number
  close(): Promise<void>
}

const OP_PREFIX = '/api/op/'

/** Browser mode: the renderer and the operation contract over HTTP on 127.0.0.1, guarded by a per-launch token. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { core } = options
  const rendererDir = resolve(options.rendererDir)
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES
  const token = randomBytes(32).toString('base64url')
  const streams = new Set<() => void>()
  let port = 0

  async function handleOp(req: IncomingMessage, res: ServerResponse, op: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST')
      return sendError(res, 405, 'UNSUPPORTED', `Operations are called with POST, not ${req.method}.`)
    }
    if (!isJsonContentType(req))
      return sendError(res, 415, 'INVALID_INPUT', 'Send the input as application/json.')
    let input: unknown
    try {
      input = await readJsonBody(req, maxBody)
    } catch (err) {
      if (!(err instanceof BodyError)) throw err
      if (err.status === CLIENT_CLOSED) {
        console.error(`[dossier] ${isOpName(op) ? op : 'a request'}: ${err.message}; nothing was done`)
        return void res.destroy()
      }
      if (err.status === 413) res.setHeader('Connection', 'close')
      return sendError(res, err.status, 'INVALID_INPUT', err.message)
    }
    if (!isOpName(op)) return sendError(res, 404, 'UNKNOWN_OP', `Unknown operation: ${op.slice(0, 80)}`)
    try {
      sendJson(res, 200, { ok: true, result: await core.dispatch(op, input) })
    } catch (err) {
      const body = toErrorBody(err, op)
      sendJson(res, ERROR_STATUS[body.code] ?? 500, { ok: false, error: body })
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const failure = checkHost(req, port) ?? checkOrigin(req) ?? checkToken(req, token)
    if (failure) return sendError(res, failure.status, 'INVALID_INPUT', failure.message)
    if (pathname.startsWith(OP_PREFIX)) {
      let op: string
      try {
        op = decodeURIComponent(pathname.slice(OP_PREFIX.length))
      } catch {
        return sendError(res, 400, 'INVALID_INPUT', 'Malformed operation name.')
      }
      return handleOp(req, res, op)
    }
    if (pathname === LIVE_EDITING_PATH) {
      if (req.method !== 'GET') {
        res.setHeader('Allow', 'GET')
        return sendError(res, 405, 'UNSUPPORTED', 'Whether live editing is on is read with GET.')
      }
      const answer: LiveEditing = { on: options.live?.available?.() ?? Boolean(options.live) }
      return sendJson(res, 200, { ok: true, result: answer })
    }
    if (pathname === '/api/events') {
      if (req.method !== 'GET') {
        res.setHeader('Allow', 'GET')
        return sendError(res, 405, 'UNSUPPORTED', 'The event stream is read with GET.')
      }
      const end = openEventStream(req, res, core)
      streams.add(end)
      req.on('close', () => streams.delete(end))
      return
    }
    return sendError(res, 404, 'NOT_FOUND', 'No such API endpoint.')
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    const hostFailure = checkHost(req, port)
    if (hostFailure) return sendError(res, hostFailure.status, 'INVALID_INPUT', hostFailure.message)
    const rawUrl = req.url ?? '/'
    if (!rawUrl.startsWith('/')) return sendError(res, 400, 'INVALID_INPUT', 'Malformed URL.')
    const pathname = rawUrl.split('?')[0] ?? '/'
    if (pathname === '/api' || pathname.startsWith('/api/')) return handleApi(req, res, pathname)
    return serveStatic(req, res, rendererDir, pathname)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[dossier] request failed:', err)
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Internal error; details are in the server log.')
      else res.destroy()
    })
  })
  server.on('clientError', (_err, socket) => socket.destroy())
  const live = options.live && liveBodySockets(options.live)
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const match = LIVE_PATH.exec(req.url ?? '')
    const [protocol, given] = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim())
    const failure =
      checkHost(req, port) ??
      checkOrigin(req) ??
      checkTokenValue(protocol === LIVE_PROTOCOL ? given : undefined, token)
    if (!failure && match && live) return live.upgrade(req, socket, head, match[1] as LiveOwner, match[2]!)
    socket.end(`HTTP/1.1 ${failure?.status ?? 404} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  })

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolveListen()
    })
  })
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    async close() {
      for (const end of streams) end()
      streams.clear()
      live?.close()
      await new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      })
    }
  }
}
