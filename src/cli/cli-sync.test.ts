import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDossier } from '../core/testing/run-dossier'
import { twoCopies } from '../sync/testing/sync-fixture'

const BIN = fileURLToPath(new URL('../../bin/dossier.mjs', import.meta.url))

let env: Awaited<ReturnType<typeof twoCopies>>
let server: ChildProcess
let serverOut = ''
let url = ''
let token = ''

beforeAll(async () => {
  env = await twoCopies()
  server = spawn(process.execPath, [BIN, 'sync-server', '--port', '0', '--data', join(env.root, 'data')], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  server.stdout!.setEncoding('utf8').on('data', (c: string) => (serverOut += c))
  const started = Date.now()
  while (!/listening on (ws:\S+)/.test(serverOut)) {
    if (Date.now() - started > 30_000 || server.exitCode !== null)
      throw new Error(`sync-server did not start: ${serverOut}`)
    await new Promise((r) => setTimeout(r, 50))
  }
  url = /listening on (ws:\S+)/.exec(serverOut)![1]!
  token = /team token: (\S+)/.exec(serverOut)![1]!
}, 40_000)

afterAll(async () => {
  server.kill('SIGTERM')
  await new Promise((r) => server.once('exit', r))
  await env.cleanup()
})

describe('dossier sync-server and dossier sync', () => {
  it('prints a token and a loopback ws:// address', () => {
    expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/)
    expect(token.length).toBeGreaterThanOrEqual(32)
  })

  it('carries an edit from one workspace to another through the server', async () => {
    expect((await runDossier(['-w', env.a, 'theme', 'add', 'Synced by the CLI'])).code).toBe(0)
    const up = await runDossier(['-w', env.a, 'sync', '--server', url, '--token', token])
    expect(up.stderr).toContain(`connected to ${url}`)
    expect(up.stderr).toContain(`in sync with ${url}`)
    expect(up.code).toBe(0)

    const down = await runDossier(['-w', env.b, 'sync', '--server', url, '--token', token])
    expect(down.code).toBe(0)
    expect(down.stderr).toMatch(/applied \d+ changes? from the team/)
    const themes = await runDossier(['-w', env.b, '--json', 'themes'])
    expect(JSON.parse(themes.stdout).map((t: { name: string }) => t.name)).toContain('Synced by the CLI')
    expect(serverOut).toMatch(/connect \S+:\d+ workspace ws-/)
    expect(serverOut).not.toContain('Synced by the CLI')
  }, 60_000)

  it('exits 2 with one line when refused or unreachable', async () => {
    const refused = await runDossier(['-w', env.a, 'sync', '--server', url, '--token', 'x'.repeat(40)])
    expect(refused.code).toBe(2)
    expect(refused.stderr.trim().split('\n').at(-1)).toMatch(
      /^dossier: sync failed: the server refused the token/
    )
    expect(serverOut).toContain('wrong token')

    const away = await runDossier(['-w', env.a, 'sync', '--server', 'ws://127.0.0.1:9', '--token', token])
    expect(away.code).toBe(2)
    expect(away.stderr.trim().split('\n').at(-1)).toBe('dossier: sync failed: cannot reach ws://127.0.0.1:9')
  }, 60_000)
})
