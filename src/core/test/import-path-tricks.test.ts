import { strToU8, zipSync } from 'fflate'
import { readdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/api'
import { tempCore, type TempCore } from '../testing/temp-core'
import { fingerprintDifference, workspaceFingerprint } from '../testing/workspace-fingerprint'

let t: TempCore
let before: string

beforeAll(async () => {
  t = await tempCore('empty')
  before = await workspaceFingerprint(t.core)
})
afterAll(() => t.cleanup())

const SOURCE = '11111111-1111-1111-1111-111111111111'

function project(sources: string, doctype = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>${doctype}
<Project xmlns="urn:QDA-XML:project:1.0" name="Tricks"><Sources>${sources}</Sources></Project>`
}

const qdpx = (files: Record<string, string>) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))).toString(
    'base64'
  )

async function importQdpx(base64: string, fileName = 'project.qdpx') {
  return t.core.dispatch('import.file', { fileName, base64 }).then(
    (result) => ({ ok: true as const, result }),
    (error: unknown) => ({ ok: false as const, error })
  )
}

async function allText(): Promise<string> {
  const exported = (await t.core.dispatch('export.run', { format: 'json' })) as { files: { text?: string }[] }
  return exported.files[0]?.text ?? ''
}

describe('import.file: zip slip and path tricks in .qdpx projects', () => {
  it.each(['../evil.txt', 'sources/../../evil.txt', '/etc/evil.txt', 'sources\\..\\evil.txt', 'C:/evil.txt'])(
    'refuses an archive with the entry %s, naming the file; nothing changes, nothing is written',
    async (entry) => {
      const parent = await readdir(dirname(t.dir))
      const r = await importQdpx(qdpx({ 'project.qde': project(''), [entry]: 'pwned' }), 'slip.qdpx')
      expect(r.ok).toBe(false)
      const error = (r as { error: ApiError }).error
      expect(error).toBeInstanceOf(ApiError)
      expect(error.code).toBe('INVALID_INPUT')
      expect(error.message).toBe(`slip.qdpx contains an unsafe path "${entry}" (zip slip)`)
      expect(await readdir(dirname(t.dir))).toEqual(parent)
      expect(fingerprintDifference(before, await workspaceFingerprint(t.core))).toBe('')
    }
  )

  it('a source whose text path points outside the archive reads nothing from disk', async () => {
    const sources = [
      '../../../../etc/passwd',
      'internal://../../etc/passwd',
      '/etc/passwd',
      'file:///etc/passwd'
    ]
      .map(
        (path, i) => `<TextSource guid="${SOURCE.slice(0, -1)}${i}" name="S${i}" plainTextPath="${path}"/>`
      )
      .join('')
    const r = await importQdpx(qdpx({ 'project.qde': project(sources) }))
    if (r.ok) expect(JSON.stringify(r.result)).toMatch(/not in the archive; skipped/)
    expect(await allText()).not.toMatch(/root:/)
  })

  it('XML external entities are not resolved (XXE) and entity expansion is bounded', async () => {
    const xxe = `<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`
    const lol = `<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>`
    for (const doctype of [xxe, lol]) {
      const source = `<TextSource guid="${SOURCE}" name="Entities"><PlainTextContent>Before. &xxe; &g; After.</PlainTextContent></TextSource>`
      const started = Date.now()
      const r = await importQdpx(qdpx({ 'project.qde': project(source, doctype) }), 'entities.qdpx')
      expect(Date.now() - started).toBeLessThan(10_000)
      if (!r.ok) {
        expect(r.error).toBeInstanceOf(ApiError)
        expect((r.error as ApiError).code, (r.error as ApiError).message).toBe('INVALID_INPUT')
      }
      const text = await allText()
      expect(text).not.toMatch(/root:/)
      expect(text.length).toBeLessThan(1_000_000)
    }
  })

  it('a file name with ../ is only a name: nothing is written outside the workspace', async () => {
    const parent = await readdir(dirname(t.dir))
    const r = await t.core.dispatch('import.file', {
      fileName: '../../../../tmp/evil.txt',
      base64: Buffer.from('A harmless sentence. Another one.').toString('base64')
    })
    expect(r).toBeDefined()
    expect(await readdir(dirname(t.dir))).toEqual(parent)
  })
})
