import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CoreService } from '../core/core-service'

const HEARTBEAT_MS = 20_000

/**
 * `GET /api/events`: server-sent events, one `event: change` per committed change and `event: progress` for long operations. Comments every 20 s keep
 * idle connections open. Returns a function that ends the stream (used when the server closes).
 */
export function openEventStream(req: IncomingMessage, res: ServerResponse, core: CoreService): () => void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no'
  })
  res.write('retry: 2000\n: connected\n\n')
  const unsubscribe = core.onChange((change) => {
    res.write(`event: change\ndata: ${JSON.stringify(change)}\n\n`)
  })
  const unsubscribeProgress = core.onProgress((progress) => {
    res.write(`event: progress\ndata: ${JSON.stringify(progress)}\n\n`)
  })
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS)
  heartbeat.unref()
  let ended = false
  const end = (): void => {
    if (ended) return
    ended = true
    clearInterval(heartbeat)
    unsubscribe()
    unsubscribeProgress()
    res.end()
  }
  req.on('close', end)
  res.on('error', end)
  return end
}
