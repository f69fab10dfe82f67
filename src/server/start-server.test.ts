import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { testFolder } from '../core/testing/temp-folder'
import { CONTENT_SECURITY_POLICY } from '../transport/content-security-policy'
import { MAX_IMPORT_BASE64 } from '../shared/api/inputs'
import { MAX_BODY_BYTES } from './read-json-body'
import { startServer, type RunningServer } from './start-server'
import { createFakeCore, sampleChange } from './testing/fake-core'
import { rawRequest } from './testing/raw-request'

let base: string
let rendererDir: string
let server: RunningServer
let core: ReturnType<typeof createFakeCore>

beforeEach(async () => {
  base = await testFolder('dossier-server-')
  rendererDir = join(base, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body><div id="root"></div></body></html>'
  )
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app")')
  await writeFile(join(rendererDir, 'assets', 'style.css'), 'body{}')
  await writeFile(join(base, 'secret.txt'), 'TOP SECRET')
  core = createFakeCore()
  server = await startServer({ core, rendererDir, port: 0, maxBodyBytes: 64 * 1024 })
})

afterEach(async () => {
  await server.close()
  vi.restoreAllMocks()
})

const host = () => `127.0.0.1:${server.port}`
const op = (name: string, body: unknown = {}, headers: Record<string, string> = {}) =>
  rawRequest(server.port, {
    method: 'POST',
    path: `/api/op/${name}`,
    headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': server.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })

describe('startServer: listening', () => {
  it('listens on 127.0.0.1 only and carries the token in the URL fragment', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/)
    expect(server.url.endsWith(server.token)).toBe(true)
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect(server.port, external.address)
        socket.on('connect', () => (socket.destroy(), resolve(false)))
        socket.on('error', () => resolve(true))
      })
      expect(refused).toBe(true)
    }
  })

  it('makes a new token for every launch', async () => {
    const other = await startServer({ core, rendererDir })
    expect(other.token).not.toBe(server.token)
    expect(other.port).not.toBe(server.port)
    await other.close()
  })
})

describe('startServer: API guards', () => {
  it('answers an operation with its result', async () => {
    const res = await op('documents.list')
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toEqual({ ok: true, result: [{ id: 'doc1', title: 'Seed article' }] })
    expect(res.headers['cache-control']).toBe('no-store')
  })

  it('passes the parsed body to the core; an empty body is {}', async () => {
    await op('themes.create', { name: 'Escalation' })
    await op('documents.list', '')
    expect(core.calls).toEqual([
      { op: 'themes.create', input: { name: 'Escalation' } },
      { op: 'documents.list', input: {} }
    ])
  })

  it('401 without a token or with a wrong one', async () => {
    const missing = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/op/documents.list',
      headers: { 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(missing.status).toBe(401)
    expect(JSON.parse(missing.body).ok).toBe(false)
    const wrong = await op('documents.list', {}, { 'X-Dossier-Token': 'x'.repeat(server.token.length) })
    expect(wrong.status).toBe(401)
    const events = await rawRequest(server.port, { path: '/api/events' })
    expect(events.status).toBe(401)
    expect(core.calls).toEqual([])
  })

  it('421 when the Host header is not this server (DNS rebinding)', async () => {
    for (const foreign of [
      'evil.example',
      `evil.example:${server.port}`,
      '127.0.0.1:1',
      `127.0.0.1.nip.io:${server.port}`
    ]) {
      const res = await op('documents.list', {}, { Host: foreign })
      expect(res.status, foreign).toBe(421)
    }
    const page = await rawRequest(server.port, { path: '/', headers: { Host: 'evil.example' } })
    expect(page.status).toBe(421)
    expect((await op('documents.list', {}, { Host: `localhost:${server.port}` })).status).toBe(200)
    expect(core.calls).toHaveLength(1)
  })

  it('403 when Origin is another site (CSRF); own origin is fine', async () => {
    for (const origin of [
      'http://evil.example',
      'null',
      `http://localhost:${server.port}`,
      `https://${host()}`
    ]) {
      const res = await op('documents.list', {}, { Origin: origin })
      expect(res.status, origin).toBe(403)
    }
    expect((await op('documents.list', {}, { Origin: `http://${host()}` })).status).toBe(200)
  })

  it('405 for anything but POST on an operation, and for POST on the event stream', async () => {
    const res = await rawRequest(server.port, {
      path: '/api/op/documents.list',
      headers: { 'X-Dossier-Token': server.token }
    })
    expect(res.status).toBe(405)
    expect(res.headers.allow).toBe('POST')
    const events = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/events',
      headers: { 'X-Dossier-Token': server.token }
    })
    expect(events.status).toBe(405)
  })

  it('415 unless the body is application/json', async () => {
    const res = await op('documents.list', 'x=1', { 'Content-Type': 'application/x-www-form-urlencoded' })
    expect(res.status).toBe(415)
    expect((await op('documents.list', {}, { 'Content-Type': 'text/plain' })).status).toBe(415)
    expect(
      (await op('documents.list', {}, { 'Content-Type': 'application/json; charset=utf-8' })).status
    ).toBe(200)
  })

  it('413 when the body is over the limit, declared or streamed', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(100 * 1024) })
    const declared = await op('themes.create', big)
    expect(declared.status).toBe(413)
    expect(JSON.parse(declared.body).error.message).toMatch(/larger than/)
    const streamed = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/op/themes.create',
      headers: {
        'Content-Type': 'application/json',
        'X-Dossier-Token': server.token,
        'Transfer-Encoding': 'chunked'
      },
      body: big,
      chunked: true
    })
    expect(streamed.status).toBe(413)
    expect(core.calls).toEqual([])
  })

  it('the default body limit is at least 64 MiB and fits the largest import', () => {
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(64 * 1024 * 1024)
    expect(MAX_BODY_BYTES).toBeGreaterThan(MAX_IMPORT_BASE64 + 1000)
  })

  it('400 with a clear message for malformed JSON', async () => {
    const res = await op('themes.create', '{"name": ')
    expect(res.status).toBe(400)
    const body = JSON.parse(res.body)
    expect(body.error.code).toBe('INVALID_INPUT')
    expect(body.error.message).toMatch(/not valid JSON/)
  })

  it('maps ApiError codes to statuses and keeps issues', async () => {
    expect((await op('notes.get', { id: 'n1' })).status).toBe(404)
    expect((await op('themes.delete', { id: 't' })).status).toBe(423)
    const invalid = await op('links.create', {})
    expect(invalid.status).toBe(400)
    expect(JSON.parse(invalid.body).error).toEqual({
      code: 'INVALID_INPUT',
      message: 'links.create: toId: required',
      issues: [{ path: 'toId', message: 'required' }]
    })
    const unknown = await op('workspace.drop')
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body).error.code).toBe('UNKNOWN_OP')
    expect(core.calls.map((c) => c.op)).not.toContain('workspace.drop')
  })

  it('500 for unexpected errors: logged to stderr, never a stack trace in the body', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await op('notes.create', {})
    expect(res.status).toBe(500)
    const body = JSON.parse(res.body)
    expect(body.error.code).toBe('INTERNAL')
    expect(res.body).not.toMatch(/secret internal detail|\bat \w|\.ts:\d/)
    expect(log).toHaveBeenCalled()
    expect(String(log.mock.calls[0]?.[1])).toMatch(/secret internal detail/)
  })

  it('404 for unknown API paths', async () => {
    const res = await rawRequest(server.port, {
      path: '/api/nope',
      headers: { 'X-Dossier-Token': server.token }
    })
    expect(res.status).toBe(404)
  })
})

describe('startServer: static files', () => {
  it('serves index.html with absolute asset URLs and every security header', async () => {
    const res = await rawRequest(server.port, { path: '/' })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.body).toContain('src="/assets/app.js"')
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin')
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin')
  })

  it('security headers are on API and error responses too', async () => {
    const res = await rawRequest(server.port, { path: '/api/events' })
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
  })

  it('serves assets with their MIME types; HEAD has no body', async () => {
    const js = await rawRequest(server.port, { path: '/assets/app.js' })
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(js.body).toBe('console.log("app")')
    const css = await rawRequest(server.port, { path: '/assets/style.css?v=1' })
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8')
    const head = await rawRequest(server.port, { method: 'HEAD', path: '/assets/app.js' })
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
  })

  it('falls back to the app for unknown routes, 404 for missing files', async () => {
    const route = await rawRequest(server.port, { path: '/notes/n1' })
    expect(route.status).toBe(200)
    expect(route.body).toContain('<div id="root">')
    expect((await rawRequest(server.port, { path: '/assets/missing.js' })).status).toBe(404)
  })

  it('405 for other methods on static paths', async () => {
    const res = await rawRequest(server.port, { method: 'POST', path: '/', body: '' })
    expect(res.status).toBe(405)
  })

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00',
    '/index.html%00.js',
    '/%',
    '//etc/passwd'
  ])('never leaves the renderer folder: %s', async (path) => {
    const res = await rawRequest(server.port, { path })
    expect([400, 404]).toContain(res.status)
    expect(res.body).not.toContain('TOP SECRET')
  })

  it('does not follow a symlink out of the renderer folder', async () => {
    await symlink(join(base, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'))
    const res = await rawRequest(server.port, { path: '/assets/link.txt' })
    expect(res.status).toBe(404)
    expect(res.body).not.toContain('TOP SECRET')
  })
})

describe('startServer: events', () => {
  it('streams change events to a client holding the token', async () => {
    const controller = new AbortController()
    const res = await fetch(`http://${host()}/api/events`, {
      headers: { 'X-Dossier-Token': server.token },
      signal: controller.signal
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
    let text = ''
    while (!text.includes(': connected')) text += (await reader.read()).value ?? ''
    core.emit(sampleChange)
    while (!text.includes('event: change')) text += (await reader.read()).value ?? ''
    while (!text.endsWith('\n\n')) text += (await reader.read()).value ?? ''
    expect(text).toContain(`event: change\ndata: ${JSON.stringify(sampleChange)}\n\n`)
    controller.abort()
  })

  it('close() ends open streams and unsubscribes from the core', async () => {
    const res = await fetch(`http://${host()}/api/events`, { headers: { 'X-Dossier-Token': server.token } })
    const reader = res.body!.getReader()
    await reader.read()
    expect(core.listenerCount()).toBe(1)
    await server.close()
    for (;;) if ((await reader.read().catch(() => ({ done: true }))).done) break
    expect(core.listenerCount()).toBe(0)
    server = await startServer({ core, rendererDir })
  })
})
