import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { ExportResult } from '../../../../shared/api'
import { exportDownload, zipExport } from './export-download'

describe('exportDownload', () => {
  it('saves a single text file under its suggested name and media type', () => {
    const result: ExportResult = {
      suggestedName: 'Dossier.md',
      mediaType: 'text/markdown; charset=utf-8',
      files: [{ path: 'Dossier.md', text: '# Dossier\n' }]
    }
    expect(exportDownload(result)).toEqual({
      fileName: 'Dossier.md',
      type: 'text/markdown; charset=utf-8',
      data: '# Dossier\n'
    })
  })

  it('decodes a single binary file', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255])
    const result: ExportResult = {
      suggestedName: 'Dossier.qdpx',
      mediaType: 'application/zip',
      files: [{ path: 'Dossier.qdpx', base64: Buffer.from(bytes).toString('base64') }]
    }
    const file = exportDownload(result)
    expect(file.fileName).toBe('Dossier.qdpx')
    expect(file.data).toEqual(bytes)
  })

  it('zips an Obsidian vault under a folder named after it', () => {
    const result: ExportResult = {
      suggestedName: 'Ukraine weapons',
      mediaType: 'text/markdown; charset=utf-8',
      files: [
        { path: 'Themes/Escalation.md', text: '---\ntags: [theme/escalation]\n---\n> quote ^s1\n' },
        { path: 'Themes/Escalation/Nuclear.md', text: '# Nuclear\n' },
        { path: 'Speakers/Blinken.md', text: '# Blinken\n' },
        { path: 'Documents/Biden weighs.md', text: 'They are in it. ^s2\n' },
        { path: 'Notes/Memo 🚀.md', text: 'See [[Documents/Biden weighs#^s2]]\n' }
      ]
    }
    const file = exportDownload(result)
    expect(file.fileName).toBe(`${result.suggestedName}.zip`)
    expect(file.type).toBe('application/zip')
    const zip = unzipSync(file.data as Uint8Array)
    expect(Object.keys(zip).sort()).toEqual(
      result.files.map((f) => `${result.suggestedName}/${f.path}`).sort()
    )
    for (const f of result.files) expect(strFromU8(zip[`${result.suggestedName}/${f.path}`]!)).toBe(f.text)
  })

  it('zips mixed text and binary files, byte for byte', () => {
    const zip = unzipSync(
      zipExport({
        suggestedName: 'Vault',
        mediaType: 'text/markdown',
        files: [
          { path: 'Themes/Risk ✓.md', text: 'é 🚀\n' },
          { path: 'img.bin', base64: Buffer.from([0, 1, 2, 254]).toString('base64') }
        ]
      })
    )
    expect(strFromU8(zip['Vault/Themes/Risk ✓.md']!)).toBe('é 🚀\n')
    expect(zip['Vault/img.bin']).toEqual(new Uint8Array([0, 1, 2, 254]))
  })

  it('refuses an export without files', () => {
    expect(() => exportDownload({ suggestedName: 'x', mediaType: 'text/plain', files: [] })).toThrow(
      /no files/
    )
  })
})
