import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileFolder } from '../core/testing/temp-folder'
import { startServer, type RunningServer } from './start-server'
import { rawRequest } from './testing/raw-request'
import type { CoreService } from '../core/core-service'
import { openCore } from '../core/open-core'
import { docxBomb } from '../core/testing/hostile-files/hostile-zips'
import { pdfPageCountBomb } from '../core/testing/hostile-files/hostile-pdfs'
import { nestedDivs, nestedList } from '../core/testing/hostile-files/hostile-texts'
import { fingerprintDifference, workspaceFingerprint } from '../core/testing/workspace-fingerprint'

// Browser mode (`dossier serve`) runs the core in its own process: a hostile import must not stall or kill
// it. The server here is the real one over a real workspace, in this process.
const dir = fileFolder('dossier-hostile-server-')
let core: CoreService
let server: RunningServer
let before: string

beforeAll(async () => {
  await writeFile(join(dir(), 'index.html'), '<!doctype html><title>Dossier</title>')
  core = await openCore(join(dir(), 'ws'), { create: 'seeded' })
  server = await startServer({ core, rendererDir: dir() })
  before = await workspaceFingerprint(core)
}, 60_000)
afterAll(async () => {
  await server?.close()
  await core?.close()
})

const op = (name: string, body: unknown) =>
  rawRequest(server.port, {
    method: 'POST',
    path: `/api/op/${name}`,
    headers: {
      'Content-Type': 'application/json',
      'X-Dossier-Token': server.token,
      Host: `127.0.0.1:${server.port}`
    },
    body: JSON.stringify(body)
  })

const MB = 1024 * 1024
const SAMPLE: [string, () => string | Uint8Array, RegExp][] = [
  ['bomb.docx', () => docxBomb(400 * MB), /^bomb\.docx expands past 200 MB$/],
  ['list-3000.md', () => nestedList(3000), /^list-3000\.md nests deeper than 1,000 levels$/],
  ['billion-pages.pdf', () => pdfPageCountBomb(), /^billion-pages\.pdf has more than 10,000 pages$/],
  ['divs-20000.html', () => nestedDivs(20_000), /^divs-20000\.html nests deeper than 1,000 levels$/]
]

describe('browser mode under hostile imports', { timeout: 60_000 }, () => {
  it.each(SAMPLE)('refuses %s and keeps answering meanwhile and after', async (fileName, make, says) => {
    const content = make()
    const base64 = Buffer.from(typeof content === 'string' ? content : content).toString('base64')
    let done = false
    const importing = op('import.file', { fileName, base64, taskId: `hostile-${fileName}` }).finally(
      () => (done = true)
    )
    // While the import runs, other requests are answered promptly.
    let slowest = 0
    let answered = 0
    while (!done) {
      const started = performance.now()
      const stats = await op('workspace.stats', {})
      slowest = Math.max(slowest, performance.now() - started)
      expect(stats.status).toBe(200)
      answered++
      await new Promise((r) => setTimeout(r, 100))
    }
    const res = await importing
    expect(res.status).toBe(400)
    const body = JSON.parse(res.body) as { ok: false; error: { code: string; message: string } }
    expect(body.error.code).toBe('INVALID_INPUT')
    expect(body.error.message).toMatch(says)
    expect(body.error.message).not.toContain('\n')
    console.info(
      `${fileName}: ${answered} stats requests answered during the import, slowest ${slowest.toFixed(0)} ms`
    )
    expect(slowest).toBeLessThan(2000)
    const after = await op('workspace.stats', {})
    expect(after.status).toBe(200)
    expect(fingerprintDifference(before, await workspaceFingerprint(core))).toBe('')
  })
})

describe('browser mode: Cancel during a long import', { timeout: 120_000 }, () => {
  it('terminates a reader stuck in a parse within a second, changing nothing', async () => {
    // A list nested 900 deep (under the 1,000-level limit): remark parses it for tens of seconds in one go.
    const running = new Promise<void>((resolve) => {
      const off = core.onProgress((e) => {
        if (e.taskId === 'long') {
          off()
          resolve()
        }
      })
    })
    const base64 = Buffer.from(nestedList(900)).toString('base64')
    const importing = op('import.file', { fileName: 'deep-list.md', base64, taskId: 'long' })
    await running
    await new Promise((r) => setTimeout(r, 2000)) // the worker is parsing by now
    const cancelled = performance.now()
    expect((await op('tasks.cancel', { taskId: 'long' })).status).toBe(200)
    const res = await importing
    const ms = performance.now() - cancelled
    console.info(`Cancel: the import stopped ${ms.toFixed(0)} ms after tasks.cancel`)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    expect(res.status).toBe(409)
    expect(ms).toBeLessThan(1000)
    expect(fingerprintDifference(before, await workspaceFingerprint(core))).toBe('')
  })
})
