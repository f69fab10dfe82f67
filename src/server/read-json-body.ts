import type { IncomingMessage } from 'node:http'
import { MAX_IMPORT_BASE64 } from '../shared/api/inputs'

/** 64 MiB, raised so the largest import the contract accepts (50 MB of file is ~67 MiB of base64) still fits. */
export const MAX_BODY_BYTES = Math.max(64 * 1024 * 1024, MAX_IMPORT_BASE64 + 1024 * 1024)

/** The status of a BodyError for a client that went away mid-body (nginx's 499): there is no one to answer. */
export const CLIENT_CLOSED = 499

export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

/**
 * Reads and parses a JSON request body; an empty body is `{}`. Rejects with BodyError: 413 when larger than
 * `limit` (the rest of the body is then discarded, so the 413 reply can still be read), 400 when not JSON,
 * CLIENT_CLOSED when the client closed the connection before sending all of it.
 */
export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const readable = limit >= 1024 * 1024 ? `${Math.floor(limit / 1024 / 1024)} MiB` : `${limit} bytes`
  const tooLarge = () => new BodyError(413, `The request body is larger than ${readable}.`)
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) {
    req.resume()
    return Promise.reject(tooLarge())
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      req.off('data', onData)
      req.resume()
      chunks.length = 0
      reject(tooLarge())
    }
    req.on('data', onData)
    req.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ECONNRESET' || req.destroyed)
        reject(
          new BodyError(CLIENT_CLOSED, 'the client closed the connection before sending the whole request')
        )
      else reject(err)
    })
    req.once('end', () => {
      if (size > limit) return
      const text = Buffer.concat(chunks).toString('utf8')
      if (text.trim() === '') return resolve({})
      try {
        resolve(JSON.parse(text) as unknown)
      } catch (err) {
        const detail = err instanceof SyntaxError ? err.message : 'unreadable'
        reject(new BodyError(400, `The request body is not valid JSON (${detail}).`))
      }
    })
  })
}
