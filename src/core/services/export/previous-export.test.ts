import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { fileFolder } from '../../testing/temp-folder'
import { EXPORT_FORMATS, runExport, type ExportFormat } from './index'
import { isPreviousExport } from './previous-export'
import { makeTestSnapshot } from './testing/test-snapshot'

const FIXTURES = fileURLToPath(new URL('../../../../test-fixtures/', import.meta.url))
const dir = fileFolder('dossier-previous-export-')

/** Every file the exporters write for a snapshot, whole and scoped, as (format, bytes). */
async function realExports(): Promise<[ExportFormat, string | Uint8Array][]> {
  const snapshot = makeTestSnapshot()
  const theme = snapshot.themes[0]!.id
  const document = snapshot.documents[0]!.document.id
  const out: [ExportFormat, string | Uint8Array][] = []
  for (const format of EXPORT_FORMATS) {
    for (const scope of [{}, { themeId: theme }, { documentId: document }]) {
      for (const csvRows of format === 'csv' ? (['statements', 'annotations'] as const) : [undefined]) {
        for (const content of (await runExport(format, snapshot, { scope, csvRows })).files.values())
          out.push([format, content])
      }
    }
  }
  return out
}

async function fileWith(content: string | Uint8Array): Promise<string> {
  const path = join(dir(), `f-${Math.random().toString(36).slice(2)}`)
  await writeFile(path, content)
  return path
}

describe('isPreviousExport: a cheap marker per format, from what each export already writes first', () => {
  it('recognises every real export (whole, by theme, by document; both CSV tables; every vault page) as its own format only', async () => {
    const exports = await realExports()
    expect(new Set(exports.map(([f]) => f))).toEqual(new Set(EXPORT_FORMATS))
    for (const [format, content] of exports) {
      const path = await fileWith(content)
      for (const other of EXPORT_FORMATS)
        expect(await isPreviousExport(other, path), `a ${format} export read as ${other}`).toBe(
          other === format
        )
    }
  })

  it('does not take other files for exports: W3C test-suite annotations, READMEs, XSDs, a workspace file, another tool’s project', async () => {
    const w3c = join(FIXTURES, 'w3c', 'annotations')
    const others = [
      ...(await readdir(w3c)).slice(0, 20).map((f) => join(w3c, f)),
      join(FIXTURES, 'w3c', 'README.md'),
      join(FIXTURES, 'refi-qda', 'README.md'),
      join(FIXTURES, 'refi-qda', 'Codebook-mrt2019.xsd'),
      join(FIXTURES, 'golden-rules', 'golden-en.json')
    ]
    const snapshot = makeTestSnapshot()
    others.push(
      await fileWith(
        JSON.stringify({ schemaVersion: 2, meta: snapshot.meta, themes: [], speakers: [] }, null, 2)
      ),
      await fileWith(
        zipSync({
          'project.qde': strToU8(
            '<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="ATLAS.ti 23"></Project>'
          )
        })
      ),
      await fileWith('id,document,date\r\n1,2,3\r\n'),
      await fileWith('# My report\n\nWritten by hand.\n'),
      await fileWith('---\ntitle: My page\n---\n\nMine.\n'),
      await fileWith(''),
      await fileWith(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))
    )
    for (const path of others) {
      for (const format of EXPORT_FORMATS)
        expect(await isPreviousExport(format, path), `${path} read as ${format}`).toBe(false)
    }
    // The W3C suite's files really are Web Annotations: the marker is Dossier's collection id, not the context.
    expect(await readFile(others[0]!, 'utf8')).toContain('http://www.w3.org/ns/anno.jsonld')
  })
})
