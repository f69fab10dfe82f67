import type { ServerResponse } from 'node:http'
import type { ErrorCode } from '../shared/api/errors'
import type { ReplyEnvelope } from '../transport/reply-envelope'

export function sendJson(res: ServerResponse, status: number, body: ReplyEnvelope): void {
  if (res.headersSent) return void res.end()
  const payload = Buffer.from(JSON.stringify(body))
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': payload.length,
    'Cache-Control': 'no-store'
  })
  res.end(payload)
}

export function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } })
}
