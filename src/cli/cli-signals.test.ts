import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { fileFolder } from '../core/testing/temp-folder'
import { nestedList } from '../core/testing/hostile-files/hostile-texts'
import { readAllFiles } from '../core/testing/read-all-files'
import { runDossier } from '../core/testing/run-dossier'

const BIN = fileURLToPath(new URL('../../bin/dossier.mjs', import.meta.url))
const root = fileFolder('dossier-signals-')
let ws: string
let long: string

beforeAll(async () => {
  ws = join(root(), 'ws')
  expect((await runDossier(['--workspace', ws, 'init'])).code).toBe(0)
  // A list nested 900 deep (under the 1,000-level limit, 800 KB): remark parses it for tens of seconds in one
  // synchronous stretch, the kind of stuck parse a signal used to be unable to interrupt.
  long = join(root(), 'deep-list.md')
  await writeFile(long, nestedList(900))
}, 60_000)

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

describe('a signal stops a long `dossier import`', { timeout: 120_000 }, () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const)('%s: stops within 2 s, exit %i, nothing changed, the lock released', async (signal, code) => {
    const before = await readAllFiles(ws)
    const child = spawn(process.execPath, [BIN, '--workspace', ws, 'import', long], { stdio: 'pipe' })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)))
    // The lock is taken once the workspace is open; 3 s later the file is being parsed.
    for (let i = 0; i < 600 && !existsSync(join(ws, '.lock-holder.json')); i++) await sleep(50)
    expect(existsSync(join(ws, '.lock-holder.json')), 'the import started').toBe(true)
    await sleep(3000)
    expect(child.exitCode, `the import is still running: ${stderr}`).toBeNull()

    const sent = performance.now()
    child.kill(signal)
    const exitCode = await exited
    const ms = performance.now() - sent
    console.info(`${signal}: the import stopped ${ms.toFixed(0)} ms after the signal`)
    expect(ms).toBeLessThan(2000)
    expect(exitCode, stderr).toBe(code)
    expect(stderr).toMatch(/dossier: import cancelled; nothing was changed\n$/)
    expect(await readAllFiles(ws)).toEqual(before)
    expect(existsSync(join(ws, '.lock'))).toBe(false)
    expect(existsSync(join(ws, '.lock-holder.json'))).toBe(false)
    // the lock is free: the next writer takes it at once
    const next = await runDossier(['--workspace', ws, 'theme', 'add', `After ${signal}`])
    expect(next.code, next.stderr).toBe(0)
  })
})
