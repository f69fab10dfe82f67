import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export interface GuardFailure {
  status: number
  message: string
}

/** Host must name this server exactly, so a rebound DNS name cannot reach it (DNS rebinding). */
export function checkHost(req: IncomingMessage, port: number): GuardFailure | null {
  const host = (req.headers.host ?? '').toLowerCase()
  if (host === `127.0.0.1:${port}` || host === `localhost:${port}`) return null
  return { status: 421, message: 'This server only answers to 127.0.0.1 and localhost.' }
}

/** A browser sends Origin on cross-site requests; only our own origin may call the API (CSRF). */
export function checkOrigin(req: IncomingMessage): GuardFailure | null {
  const origin = req.headers.origin
  if (origin === undefined) return null
  if (origin === `http://${(req.headers.host ?? '').toLowerCase()}`) return null
  return { status: 403, message: 'Cross-origin requests are not allowed.' }
}

export const checkToken = (req: IncomingMessage, token: string): GuardFailure | null =>
  checkTokenValue(req.headers['x-dossier-token'], token)

export function checkTokenValue(given: unknown, token: string): GuardFailure | null {
  const a = Buffer.from(typeof given === 'string' ? given : '')
  const b = Buffer.from(token)
  if (a.length === b.length && timingSafeEqual(a, b)) return null
  return {
    status: 401,
    message: 'Missing or wrong access token: open Dossier with the full URL printed when the server started.'
  }
}

export function isJsonContentType(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  return type === 'application/json'
}
