import { createReadStream } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { mimeTypeFor } from './mime-types'
import { resolveStaticPath } from './resolve-static-path'
import { sendError } from './send'

async function realFileInside(root: string, path: string): Promise<string | null> {
  try {
    const real = await realpath(path)
    const realRoot = await realpath(root)
    if (!real.startsWith(realRoot + sep)) return null
    return (await stat(real)).isFile() ? real : null
  } catch {
    return null
  }
}

async function sendAppPage(req: IncomingMessage, res: ServerResponse, rendererDir: string): Promise<void> {
  let html: string
  try {
    html = await readFile(join(rendererDir, 'index.html'), 'utf8')
  } catch {
    sendError(res, 500, 'INTERNAL', 'The app is not built: run `npm run build` first.')
    return
  }
  // The Electron build uses relative asset URLs (`./assets/…`); make them absolute so deep routes load them too.
  const body = Buffer.from(html.replace(/(\s(?:src|href)=["'])\.\//g, '$1/'))
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store'
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** Serves the built renderer: GET/HEAD only, never outside `rendererDir`, unknown routes get the app. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rendererDir: string,
  pathname: string
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD')
    return sendError(res, 405, 'UNSUPPORTED', `${req.method} is not allowed here.`)
  }
  const target = resolveStaticPath(rendererDir, pathname)
  if (target.kind === 'reject')
    return sendError(
      res,
      target.status,
      target.status === 404 ? 'NOT_FOUND' : 'INVALID_INPUT',
      target.message
    )
  if (target.path === resolve(rendererDir, 'index.html')) return sendAppPage(req, res, rendererDir)
  const file = await realFileInside(rendererDir, target.path)
  if (!file) {
    if (target.appFallback) return sendAppPage(req, res, rendererDir)
    return sendError(res, 404, 'NOT_FOUND', 'Not found.')
  }
  const { size } = await stat(file)
  res.writeHead(200, {
    'Content-Type': mimeTypeFor(extname(file)),
    'Content-Length': size,
    'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
  })
  if (req.method === 'HEAD') return void res.end()
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}
