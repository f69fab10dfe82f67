import { describe, expect, it } from 'vitest'
import { strToU8, zipSync } from 'fflate'
import type { ExportResult } from '../../../../shared/api'
import { base64Size, formatBytes, previewExport, truncateLines } from './export-preview'

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n')

describe('truncateLines', () => {
  it('keeps short text whole', () => {
    expect(truncateLines('a\nb\n', 200, 1000)).toEqual({ text: 'a\nb', totalLines: 2, truncated: false })
    expect(truncateLines('', 200, 1000)).toEqual({ text: '', totalLines: 0, truncated: false })
  })

  it('cuts after the 200th line and counts them all', () => {
    const out = truncateLines(`${lines(250)}\n`, 200, 1_000_000)
    expect(out.totalLines).toBe(250)
    expect(out.truncated).toBe(true)
    expect(out.text.split('\n')).toHaveLength(200)
    expect(out.text.endsWith('line 200')).toBe(true)
  })

  it('is not truncated at exactly the limit', () => {
    expect(truncateLines(lines(200), 200, 1_000_000)).toMatchObject({ totalLines: 200, truncated: false })
  })

  it('cuts one long line by characters', () => {
    const out = truncateLines('x'.repeat(100_000), 200, 500)
    expect(out).toMatchObject({ totalLines: 1, truncated: true })
    expect(out.text).toHaveLength(500)
  })
})

describe('previewExport', () => {
  const single = (path: string, text: string): ExportResult => ({
    suggestedName: path,
    mediaType: 'text/markdown; charset=utf-8',
    files: [{ path, text }]
  })

  it('shows a text format’s first lines', () => {
    const preview = previewExport(single('Dossier.md', `# Dossier\n\n${lines(20)}\n`), 5)
    expect(preview).toMatchObject({ kind: 'text', path: 'Dossier.md', totalLines: 22, truncated: true })
    if (preview.kind !== 'text') return
    expect(preview.text.split('\n')).toHaveLength(5)
    expect(preview.text.startsWith('# Dossier')).toBe(true)
  })

  it('lists a vault’s files with their UTF-8 sizes', () => {
    const result: ExportResult = {
      suggestedName: 'Vault',
      mediaType: 'text/markdown; charset=utf-8',
      files: [
        { path: 'Themes/Risk.md', text: 'é🚀' },
        { path: 'Notes/A.md', text: 'abc' }
      ]
    }
    expect(previewExport(result)).toEqual({
      kind: 'files',
      files: [
        { path: 'Themes/Risk.md', bytes: 6 },
        { path: 'Notes/A.md', bytes: 3 }
      ],
      totalBytes: 9
    })
  })

  it('lists what a .qdpx holds', () => {
    const zip = zipSync({ 'project.qde': strToU8('<Project/>'), 'sources/a.txt': strToU8('x'.repeat(5000)) })
    const result: ExportResult = {
      suggestedName: 'Dossier.qdpx',
      mediaType: 'application/zip',
      files: [{ path: 'Dossier.qdpx', base64: Buffer.from(zip).toString('base64') }]
    }
    expect(previewExport(result)).toEqual({
      kind: 'files',
      files: [
        {
          path: 'Dossier.qdpx',
          bytes: zip.length,
          entries: [
            { path: 'project.qde', bytes: 10 },
            { path: 'sources/a.txt', bytes: 5000 }
          ]
        }
      ],
      totalBytes: zip.length
    })
  })

  it('still lists a damaged zip as a file', () => {
    const result: ExportResult = {
      suggestedName: 'x.qdpx',
      mediaType: 'application/zip',
      files: [{ path: 'x.qdpx', base64: Buffer.from('PK nonsense').toString('base64') }]
    }
    expect(previewExport(result)).toEqual({
      kind: 'files',
      files: [{ path: 'x.qdpx', bytes: 11 }],
      totalBytes: 11
    })
  })
})

describe('sizes', () => {
  it('computes decoded base64 sizes', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 1000]) {
      expect(base64Size(Buffer.alloc(n, 7).toString('base64'))).toBe(n)
    }
  })

  it('formats bytes', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB')
  })
})
