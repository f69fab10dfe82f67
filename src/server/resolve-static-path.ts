import { extname, resolve, sep } from 'node:path'

export type StaticTarget =
  /** `appFallback`: when the file does not exist, serve the app (index.html) — a route of the single-page app. */
  | { kind: 'file'; path: string; appFallback: boolean }
  | { kind: 'reject'; status: 400 | 404; message: string }

const malformed = { kind: 'reject', status: 400, message: 'Malformed URL.' } as const

/**
 * Maps a request path to a file under `rootDir` without ever leaving it: rejects NUL, backslashes, malformed
 * escapes, empty segments (`//`) and `.`/`..` segments (raw or percent-encoded), then checks the resolved path is inside the root.
 */
export function resolveStaticPath(rootDir: string, rawPath: string): StaticTarget {
  const root = resolve(rootDir)
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return malformed
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return malformed
  const segments = decoded.split('/')
  const inner = segments.slice(1, -1)
  if (segments.some((s) => s === '..' || s === '.') || inner.includes('')) return malformed
  if (decoded === '/') return { kind: 'file', path: resolve(root, 'index.html'), appFallback: false }
  const path = resolve(root, '.' + decoded)
  if (!path.startsWith(root + sep)) return { kind: 'reject', status: 404, message: 'Not found.' }
  const last = segments[segments.length - 1] ?? ''
  return { kind: 'file', path, appFallback: extname(last) === '' }
}
