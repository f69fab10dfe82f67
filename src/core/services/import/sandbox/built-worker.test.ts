import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTestPdf } from '../testing/make-test-pdf'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url))
// Built beside the repository's node_modules (the bundle leaves dependencies external), never into out/.
const OUT = join(ROOT, 'artifacts', `built-worker-${process.pid}`)
const ARTICLE = readFileSync(join(ROOT, 'resources/seed/article.txt'), 'utf8')

/**
 * Run by plain Node (no tsx): loads the built main-process chunk holding the import sandbox and imports through
 * it, so the worker path it resolves at run time, and the worker bundle itself, are what is tested.
 */
const SCRIPT = `
const chunk = await import(process.env.CHUNK)
const sandbox = Object.values(chunk).find((v) => v && typeof v.run === 'function' && typeof v.warm === 'function')
const results = []
for (const [name, bytes] of JSON.parse(process.env.FILES)) {
  const started = performance.now()
  try {
    const r = await sandbox.run(Uint8Array.from(Buffer.from(bytes, 'base64')), name)
    results.push({ name, ms: performance.now() - started, text: r.source.text.slice(0, 80), sentences: r.analysis.segmentation.sentences.length })
  } catch (err) {
    results.push({ name, ms: performance.now() - started, error: err.name + ': ' + err.message })
  }
}
await sandbox.close()
console.log(JSON.stringify(results))
`

beforeAll(async () => {
  await run(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, DOSSIER_OUT_DIR: OUT },
    maxBuffer: 16 * 1024 * 1024
  })
}, 300_000)
afterAll(() => rm(OUT, { recursive: true, force: true }))

describe('the built import worker (electron-vite)', { timeout: 120_000 }, () => {
  it('is emitted as out/main/import-worker.js and imports through the built main bundle under plain Node', async () => {
    expect(existsSync(join(OUT, 'main', 'import-worker.js'))).toBe(true)
    const chunk = readdirSync(join(OUT, 'main')).find(
      (f) => f.endsWith('.js') && readFileSync(join(OUT, 'main', f), 'utf8').includes('class ImportSandbox ')
    )
    expect(chunk, 'the import sandbox is a chunk of the main bundle').toBeDefined()
    const files: [string, string][] = [
      ['small.txt', Buffer.from(ARTICLE.slice(0, 2000)).toString('base64')],
      ['again.txt', Buffer.from(ARTICLE.slice(2000, 4000)).toString('base64')],
      ['one.pdf', Buffer.from(makeTestPdf([['The talks stalled, Maria Lopez said.']])).toString('base64')],
      ['deep.md', Buffer.from('>'.repeat(5000) + ' x').toString('base64')]
    ]
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', SCRIPT], {
      cwd: ROOT,
      env: {
        ...process.env,
        CHUNK: pathToFileURL(join(OUT, 'main', chunk!)).href,
        FILES: JSON.stringify(files)
      }
    })
    const results = JSON.parse(stdout) as {
      name: string
      ms: number
      text?: string
      sentences?: number
      error?: string
    }[]
    console.info(
      `built worker: ${results.map((r) => `${r.name} ${r.ms.toFixed(0)} ms`).join(', ')} (the first includes starting the worker)`
    )
    expect(results[0]).toMatchObject({ name: 'small.txt', sentences: expect.any(Number) })
    expect(results[0]!.sentences).toBeGreaterThan(5)
    expect(results[1]).toMatchObject({ name: 'again.txt', sentences: expect.any(Number) })
    expect(results[2]).toMatchObject({ name: 'one.pdf', text: 'The talks stalled, Maria Lopez said.' })
    expect(results[3]).toMatchObject({
      name: 'deep.md',
      error: 'ImportError: deep.md nests deeper than 1,000 levels'
    })
  })
})
