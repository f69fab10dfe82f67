import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileFolder } from '../testing/temp-folder'
import { openCore } from '../open-core'
import { docxBomb, odtBomb, qdpxBomb, qdpxLyingHeader } from '../testing/hostile-files/hostile-zips'
import { pdfCyclicPageTree, pdfPageCountBomb } from '../testing/hostile-files/hostile-pdfs'
import {
  nestedDivs,
  nestedList,
  nestedQuotes,
  noSentenceBreak,
  yamlAliasBomb
} from '../testing/hostile-files/hostile-texts'
import { readAllFiles } from '../testing/read-all-files'
import { runDossier } from '../testing/run-dossier'
import { workspaceFingerprint } from '../testing/workspace-fingerprint'

const MB = 1024 * 1024
const LIMIT_MS = 10_000
const DEEP = 'nests deeper than 1,000 levels'

interface Attack {
  file: string
  make: () => string | Uint8Array
  /** What follows the file's name in the one-line refusal. */
  says: RegExp
}

const ATTACKS: Attack[] = [
  { file: 'bomb.docx', make: () => docxBomb(400 * MB), says: /^expands past 200 MB$/ },
  {
    file: 'bomb-understated.docx',
    make: () => docxBomb(400 * MB, 'understated'),
    says: /^is damaged: its entry "word\/document\.xml" is larger than its header says$/
  },
  {
    file: 'part-under-the-cap.docx',
    make: () => docxBomb(190 * MB),
    says: /^has an entry "word\/document\.xml" that expands past 64 MB$/
  },
  { file: 'bomb.qdpx', make: () => qdpxBomb(400 * MB), says: /^expands past 200 MB$/ },
  {
    file: 'bomb-understated.qdpx',
    make: () => qdpxBomb(400 * MB, 'understated'),
    says: /^is damaged: its entry "sources\/[\w-]+\.txt" is larger than its header says$/
  },
  {
    file: 'header-too-small.qdpx',
    make: () => qdpxLyingHeader('smaller'),
    says: /^is damaged: its entry "sources\/[\w-]+\.txt" is larger than its header says$/
  },
  {
    file: 'header-too-large.qdpx',
    make: () => qdpxLyingHeader('larger'),
    says: /^is damaged: its entry "sources\/[\w-]+\.txt" is smaller than its header says$/
  },
  { file: 'bomb.odt', make: () => odtBomb(400 * MB), says: /^expands past 200 MB$/ },
  {
    file: 'part-under-the-cap.odt',
    make: () => odtBomb(150 * MB),
    says: /^has an entry "content\.xml" that expands past 64 MB$/
  },
  {
    file: 'bomb-understated.odt',
    make: () => odtBomb(400 * MB, 'understated'),
    says: /^is damaged: its entry "content\.xml" is larger than its header says$/
  },
  { file: 'billion-pages.pdf', make: () => pdfPageCountBomb(), says: /^has more than 10,000 pages$/ },
  {
    file: 'cyclic-pages.pdf',
    make: pdfCyclicPageTree,
    says: /^is not a readable PDF \(page \d+ cannot be read\)$/
  },
  { file: 'quotes-5000.md', make: () => nestedQuotes(5000), says: new RegExp(`^${DEEP}$`) },
  { file: 'quotes-50000.md', make: () => nestedQuotes(50_000), says: new RegExp(`^${DEEP}$`) },
  { file: 'list-3000.md', make: () => nestedList(3000), says: new RegExp(`^${DEEP}$`) },
  // The HTML importer's own nesting check (html-nesting-depth.ts) refuses it before any DOM is built.
  { file: 'divs-20000.html', make: () => nestedDivs(20_000), says: new RegExp(`^${DEEP}$`) },
  { file: 'laughs.md', make: yamlAliasBomb, says: /^has YAML front matter whose aliases expand too far$/ },
  {
    file: 'no-sentence-break.txt',
    make: () => noSentenceBreak(1_900_000),
    says: /^has a sentence of 1,900,000 characters; the limit is 100,000 \(add sentence breaks or split the file\)$/
  },
  {
    file: 'too-much-text.txt',
    make: () => noSentenceBreak(2_100_000),
    says: /^has 2,100,000 characters of text; the limit is 2,000,000 \(split the file\)$/
  }
]

const root = fileFolder('dossier-hostile-')
let ws: string
let before: Map<string, Buffer>
let fingerprint: string
const timings: string[] = []

/** Runs `dossier import path`; checks exit 2, one line naming `shown`, within the limit, nothing changed. */
async function expectRefused(path: string, shown: string, says: RegExp): Promise<void> {
  const started = performance.now()
  const r = await runDossier(['--workspace', ws, 'import', path])
  const ms = performance.now() - started
  timings.push(`${shown}: ${(ms / 1000).toFixed(1)} s: ${r.stderr.trim()}`)
  const line = r.stderr.trim()
  expect(line.split('\n'), r.stderr).toHaveLength(1)
  expect(line.startsWith(`dossier: ${shown} `), line).toBe(true)
  expect(line.slice(`dossier: ${shown} `.length)).toMatch(says)
  expect(r.code, line).toBe(2)
  expect(r.stdout).toBe('')
  expect(ms, `${shown} was refused after ${ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS)
  expect(await readAllFiles(ws), `${shown} changed the workspace`).toEqual(before)
  expect(existsSync(join(ws, '.lock')), 'the lock is released').toBe(false)
  expect(existsSync(join(ws, '.lock-holder.json')), 'the lock holder file is gone').toBe(false)
}

beforeAll(async () => {
  ws = join(root(), 'ws')
  expect((await runDossier(['--workspace', ws, 'init'])).code).toBe(0)
  await mkdir(join(root(), 'files'))
  for (const a of ATTACKS) await writeFile(join(root(), 'files', a.file), a.make())
  before = await readAllFiles(ws)
  const core = await openCore(ws, { readOnly: true })
  fingerprint = await workspaceFingerprint(core, { history: false })
  await core.close()
}, 120_000)

afterAll(async () => {
  console.info(`hostile files, time to refusal (spawn to exit):\n  ${timings.join('\n  ')}`)
  if (ws) {
    const core = await openCore(ws, { readOnly: true })
    expect(await workspaceFingerprint(core, { history: false })).toBe(fingerprint)
    await core.close()
  }
})

describe('hostile files given to `dossier import`', { timeout: 60_000 }, () => {
  it.each(ATTACKS)('refuses $file', ({ file, says }) =>
    expectRefused(join(root(), 'files', file), file, says)
  )

  it('refuses a FIFO, a device and a folder before reading them', async () => {
    const fifo = join(root(), 'pipe.txt')
    execFileSync('mkfifo', [fifo])
    await expectRefused(fifo, fifo, /^is not a regular file \(a FIFO\)$/)
    await expectRefused('/dev/zero', '/dev/zero', /^is not a regular file \(a device\)$/)
    const folder = join(root(), 'folder.md')
    await mkdir(folder)
    await expectRefused(folder, folder, /^is not a regular file \(a folder\)$/)
  })
})
