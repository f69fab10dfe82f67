// Browser mode as `dossier serve` runs it (openCore + startServer, loaded through tsx), in its own process, so
// the benchmark can time its launch and read its memory from outside. Prints one JSON line once listening.
// Run: node --import tsx scripts/bench/serve-child.ts WORKSPACE_DIR RENDERER_DIR [seeded|empty|bare]
// `bare` serves only the renderer's files, without the core: the floor a launch cannot go below.
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const [dir, rendererDir, mode = 'empty'] = process.argv.slice(2)
if (!dir || !rendererDir)
  throw new Error('usage: serve-child.ts WORKSPACE_DIR RENDERER_DIR [seeded|empty|bare]')

if (mode === 'bare') {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
  const server = createServer((req, res) => {
    const path = normalize(req.url === '/' ? '/index.html' : (req.url ?? '/').split('?')[0]!)
    readFile(join(rendererDir, path)).then(
      (body) =>
        res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end()
    )
  })
  server.listen(0, '127.0.0.1', () => {
    const port = (server.address() as AddressInfo).port
    process.stdout.write(
      JSON.stringify({ url: `http://127.0.0.1:${port}/`, port, token: '', pid: process.pid }) + '\n'
    )
  })
  process.once('SIGTERM', () => server.close(() => process.exit(0)))
} else {
  const { openCore } = await import('../../src/core/open-core')
  const { startServer } = await import('../../src/server/start-server')
  const core = await openCore(dir, { create: mode === 'seeded' ? 'seeded' : 'empty' })
  const server = await startServer({ core, rendererDir })
  process.stdout.write(
    JSON.stringify({ url: server.url, token: server.token, port: server.port, pid: process.pid }) + '\n'
  )
  process.once('SIGTERM', () => {
    void server
      .close()
      .then(() => core.close())
      .then(() => process.exit(0))
  })
}
