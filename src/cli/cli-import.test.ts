import { beforeAll, describe, expect, it } from 'vitest'
import { fileFolder } from '../core/testing/temp-folder'
import { execFile } from 'node:child_process'
import { open, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { makeTestPdf } from '../core/services/import/testing/make-test-pdf'
import { makeTestDocx } from '../core/services/import/testing/make-test-docx'

const BIN = resolve(__dirname, '../../bin/dossier.mjs')
const root = fileFolder('dossier-cli-import-')
let ws: string

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, '--workspace', ws, ...args], (err, stdout, stderr) =>
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
    )
  })
}
const SAID = 'The ceasefire talks have stalled, Maria Lopez said. She added that a new round was possible.'

async function snapshotFiles(): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const f of ['workspace.json', 'links.json']) out[f] = await readFile(join(ws, f), 'utf8')
  for (const f of await readdir(join(ws, 'documents')))
    out[f] = await readFile(join(ws, 'documents', f), 'utf8')
  return out
}

beforeAll(async () => {
  ws = join(root(), 'w')
  expect((await run('init', '--empty')).code).toBe(0)
})

// One process per command; generous on a loaded 2-core machine.
describe('dossier import', { timeout: 180_000 }, () => {
  it('imports every source format into statements with speakers', async () => {
    const files: [string, string | Uint8Array][] = [
      ['a.txt', `Briefing one\n\n${SAID}\n`],
      [
        'b.md',
        `---\ntitle: Briefing two\ndate: 2024-06-02\n---\n\n# Heading\n\n${SAID.replace('talks', 'negotiations')}\n`
      ],
      [
        'c.html',
        `<html><head><title>Briefing three</title><script>window.x=1</script></head><body><article><p>${SAID.replace('talks', 'meetings')}</p><img src=x onerror="alert(1)"></article></body></html>`
      ],
      ['d.pdf', makeTestPdf([[SAID.replace('talks', 'contacts')]], { info: { Title: 'Briefing four' } })],
      ['e.docx', makeTestDocx([SAID.replace('talks', 'discussions')], { core: { title: 'Briefing five' } })]
    ]
    for (const [name, content] of files) await writeFile(join(root(), name), content)
    const r = await run('import', ...files.map(([n]) => join(root(), n)))
    expect(r.stderr.replace(/\[\d\/5\][^\n]*\n/g, '')).toBe('')
    expect(r.code).toBe(0)
    const docs = JSON.parse((await run('--json', 'documents')).stdout) as { id: string; title: string }[]
    expect(docs).toHaveLength(5)
    const statements = JSON.parse((await run('--json', 'statements', '--speaker', 'Maria Lopez')).stdout) as {
      documentId: string
      text: string
    }[]
    expect(new Set(statements.map((s) => s.documentId)).size).toBe(5)
    expect(statements.some((s) => s.text.includes('alert') || s.text.includes('window.x'))).toBe(false)
  })

  it('bad files exit 2 with a one-line reason naming the file and change nothing', async () => {
    const before = await snapshotFiles()
    const big = join(root(), 'big.txt')
    const fh = await open(big, 'w')
    await fh.truncate(51 * 1024 * 1024)
    await fh.close()
    const bad: [string, string | Uint8Array | null, RegExp][] = [
      ['empty.txt', '', /empty\.txt is empty/],
      ['binary.txt', new Uint8Array([0x41, 0, 0, 0, 7, 8, 0, 1]), /binary\.txt is not a text file/],
      ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), /latin1\.txt is not valid UTF-8/],
      ['locked.pdf', makeTestPdf([['secret']], { encrypted: true }), /locked\.pdf is encrypted/],
      ['scan.pdf', makeTestPdf([[]]), /scan\.pdf has no text layer/],
      ['cut.docx', makeTestDocx(['hello']).slice(0, 60), /cut\.docx/],
      ['cut.qdpx', new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), /cut\.qdpx/],
      ['big.txt', null, /big\.txt is 51 MB; the limit is 50 MB/]
    ]
    for (const [name, content, pattern] of bad) {
      if (content !== null) await writeFile(join(root(), name), content)
      const r = await run('import', join(root(), name))
      expect(r.code, name).toBe(2)
      const line = r.stderr.trim()
      expect(line.split('\n'), name).toHaveLength(1)
      expect(line, name).toMatch(pattern)
    }
    expect(await snapshotFiles()).toEqual(before)
  })
})
