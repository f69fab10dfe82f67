import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { fileFolder } from '../core/testing/temp-folder'
import { tempCore, type TempCore } from '../core/testing/temp-core'
import { startServer, type RunningServer } from './start-server'
import { rawRequest } from './testing/raw-request'

let t: TempCore
let server: RunningServer
const rendererDir = fileFolder('dossier-hostile-renderer-')

beforeAll(async () => {
  t = await tempCore('seeded')
  server = await startServer({ core: t.core, rendererDir: rendererDir(), maxBodyBytes: 4 * 1024 * 1024 })
})
afterAll(async () => {
  await server.close()
  await t.cleanup()
})

const host = () => `127.0.0.1:${server.port}`
const post = (op: string, body: string, headers: Record<string, string> = {}) =>
  rawRequest(server.port, {
    method: 'POST',
    path: `/api/op/${op}`,
    headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': server.token, ...headers },
    body
  })

async function stillServing(): Promise<void> {
  const res = await post('workspace.stats', '{}')
  expect(res.status).toBe(200)
}

describe('browser mode with the real core: hostile bodies', () => {
  it('rich text nested 100,000 levels deep is a 400, not a crash', async () => {
    const depth = 100_000
    const body = `{"content":{"type":"doc","content":[${'{"type":"paragraph","content":['.repeat(depth)}{"type":"text","text":"x"}${']}'.repeat(depth)}]}}`
    const res = await post('notes.create', body)
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body).error).toMatchObject({ code: 'INVALID_INPUT' })
    expect(JSON.parse(res.body).error.message).toMatch(/nested more than 40 levels/)
    await stillServing()
  })

  it('any JSON nested a million levels deep, as the body or as a value, is a 400', async () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000)
    for (const body of [deep, `{"name":"x","junk":${deep}}`, `{"name":${deep}}`]) {
      const res = await post('themes.create', body)
      expect(res.status).toBe(400)
      expect(JSON.parse(res.body).error.code).toBe('INVALID_INPUT')
    }
    await stillServing()
  })

  it('a body over the limit is a 413 before anything is parsed or imported', async () => {
    const before = (await t.api['documents.list']({})).length
    const base64 = Buffer.alloc(5 * 1024 * 1024, 'a').toString('base64')
    const res = await post('import.file', JSON.stringify({ fileName: 'big.txt', base64 }))
    expect(res.status).toBe(413)
    expect((await t.api['documents.list']({})).length).toBe(before)
    await stillServing()
  })

  it('__proto__ and constructor keys are refused and pollute nothing', async () => {
    for (const body of [
      '{"name":"x","__proto__":{"polluted":true}}',
      '{"name":"x","constructor":{"prototype":{"polluted":true}}}',
      '{"__proto__":{"isAdmin":true}}'
    ]) {
      const res = await post('themes.create', body)
      expect(res.status, body).toBe(400)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('strings over their limits, NaN and Infinity are 400s', async () => {
    const cases: [string, string][] = [
      ['themes.create', JSON.stringify({ name: 'x'.repeat(201) })],
      ['search.query', JSON.stringify({ q: 'x'.repeat(501) })],
      [
        'links.create',
        JSON.stringify({ fromId: 'a', toId: 'b', relation: 'supports', note: 'x'.repeat(20_001) })
      ],
      ['statements.list', '{"limit": NaN}'],
      ['statements.list', '{"limit": Infinity}'],
      ['statements.list', '{"limit": 1e400}']
    ]
    for (const [op, body] of cases) {
      const res = await post(op, body)
      expect(res.status, `${op} ${body.slice(0, 40)}`).toBe(400)
    }
    await stillServing()
  })
})

describe('browser mode guards (additions)', () => {
  it('does not listen on IPv6 loopback or take the token from the query string', async () => {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(server.port, '::1')
      socket.on('connect', () => (socket.destroy(), resolve(false)))
      socket.on('error', () => resolve(true))
    })
    expect(refused).toBe(true)
    const res = await rawRequest(server.port, {
      method: 'POST',
      path: `/api/op/workspace.stats?token=${server.token}`,
      headers: { 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(res.status).toBe(401)
  })

  it('421 for Host headers naming other names, ports or forms of loopback', async () => {
    for (const foreign of [
      'localhost',
      '127.0.0.1',
      `[::1]:${server.port}`,
      `0.0.0.0:${server.port}`,
      `127.1:${server.port}`
    ]) {
      const res = await post('workspace.stats', '{}', { Host: foreign })
      expect(res.status, JSON.stringify(foreign)).toBe(421)
    }
  })

  it('403 for a cross-site Origin on the event stream too, even with the token', async () => {
    const res = await rawRequest(server.port, {
      path: '/api/events',
      headers: { 'X-Dossier-Token': server.token, Origin: 'http://evil.example' }
    })
    expect(res.status).toBe(403)
  })

  it('a simple cross-site form post (no preflight: text/plain) reaches no operation', async () => {
    const res = await post('themes.create', '{"name":"csrf"}', {
      'Content-Type': 'text/plain',
      Origin: `http://evil.example`,
      'X-Dossier-Token': ''
    })
    expect([401, 403, 415]).toContain(res.status)
    expect((await t.api['themes.list']({})).map((x) => x.name)).not.toContain('csrf')
    expect(host()).toMatch(/^127\.0\.0\.1:/)
  })

  it('a client that drops the connection mid-body is one log line, no stack trace, and nothing is done', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const before = await post('themes.list', '{}')
      const socket = connect(server.port, '127.0.0.1')
      await new Promise((resolve) => socket.on('connect', resolve))
      socket.write(
        `POST /api/op/themes.create HTTP/1.1\r\nHost: ${host()}\r\nContent-Type: application/json\r\n` +
          `X-Dossier-Token: ${server.token}\r\nContent-Length: 1000\r\n\r\n{"name":"Half`
      )
      await new Promise((resolve) => setTimeout(resolve, 100))
      socket.destroy()
      await vi.waitFor(() => expect(log).toHaveBeenCalled())
      await new Promise((resolve) => setTimeout(resolve, 100))
      const lines = log.mock.calls.map((args) => args.map(String).join(' '))
      expect(lines).toEqual([
        '[dossier] themes.create: the client closed the connection before sending the whole request; nothing was done'
      ])
      expect((await post('themes.list', '{}')).body).toBe(before.body)
    } finally {
      log.mockRestore()
    }
  })
})
