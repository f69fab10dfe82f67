import { ApiError, ApiErrorBody, ChangeEvent, ProgressEvent, type Transport } from '../../../shared/api'
import { createSseParser } from './sse-parser'

export interface HttpTransportOptions {
  /** The per-launch token the server printed (in the URL fragment). */
  token: string
  /** '' for the page's own origin. */
  baseUrl?: string
  fetch?: typeof fetch
  /** Reconnect delays of the event stream: doubling from `minMs` up to `maxMs`. */
  retry?: { minMs: number; maxMs: number }
}

/** Sent to listeners after the event stream reconnects: changes may have been missed, so everything refreshes. */
const RECONNECTED: ChangeEvent = {
  version: 0,
  label: 'reconnected',
  kinds: ['workspace', 'document', 'statement', 'annotation', 'theme', 'speaker', 'link', 'note'],
  documentIds: []
}

async function readError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null)
  const parsed = ApiErrorBody.safeParse((body as { error?: unknown } | null)?.error)
  if (parsed.success) return ApiError.from(parsed.data)
  return new ApiError('INTERNAL', `The Dossier server answered ${response.status} ${response.statusText}.`)
}

/** Browser mode: operations are POSTed to /api/op/<name>; change events stream from /api/events. */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const base = options.baseUrl ?? ''
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))
  const retry = options.retry ?? { minMs: 500, maxMs: 15_000 }
  const headers = { 'X-Dossier-Token': options.token }
  const listeners = new Set<(event: ChangeEvent) => void>()
  const progressListeners = new Set<(event: ProgressEvent) => void>()
  let stream: AbortController | null = null

  const emit = (event: ChangeEvent): void => listeners.forEach((listener) => listener(event))

  async function readStream(signal: AbortSignal): Promise<void> {
    let delay = retry.minMs
    let connectedBefore = false
    while (!signal.aborted) {
      try {
        const response = await doFetch(`${base}/api/events`, { headers, signal, cache: 'no-store' })
        if (response.status >= 400 && response.status < 500) {
          console.error(
            `Dossier: the change stream was refused (${response.status}); views will not refresh.`
          )
          return
        }
        if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`)
        if (connectedBefore) emit(RECONNECTED)
        connectedBefore = true
        delay = retry.minMs
        const parse = createSseParser(({ event, data }) => {
          if (event !== 'change' && event !== 'progress') return
          let json: unknown
          try {
            json = JSON.parse(data)
          } catch {
            return
          }
          if (event === 'progress') {
            const progress = ProgressEvent.safeParse(json)
            if (progress.success) progressListeners.forEach((l) => l(progress.data))
            return
          }
          const parsed = ChangeEvent.safeParse(json)
          if (parsed.success) emit(parsed.data)
        })
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          parse(value)
        }
      } catch {
        if (signal.aborted) return
      }
      await new Promise((resume) => setTimeout(resume, delay))
      delay = Math.min(delay * 2, retry.maxMs)
    }
  }

  function ensureStream(): void {
    if (stream) return
    stream = new AbortController()
    void readStream(stream.signal)
  }
  function maybeStop(): void {
    if (listeners.size === 0 && progressListeners.size === 0 && stream) {
      stream.abort()
      stream = null
    }
  }

  return {
    async invoke(op, input) {
      let response: Response
      try {
        response = await doFetch(`${base}/api/op/${encodeURIComponent(op)}`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          cache: 'no-store'
        })
      } catch {
        throw new ApiError('INTERNAL', 'Cannot reach the Dossier server. Is `dossier serve` still running?')
      }
      if (!response.ok) throw await readError(response)
      const body = (await response.json()) as { ok: boolean; result?: unknown }
      return body.result
    },
    onChange(listener) {
      listeners.add(listener)
      ensureStream()
      return () => {
        listeners.delete(listener)
        maybeStop()
      }
    },
    onProgress(listener) {
      progressListeners.add(listener)
      ensureStream()
      return () => {
        progressListeners.delete(listener)
        maybeStop()
      }
    }
  }
}
