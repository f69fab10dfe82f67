import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS, isExportFormat, runExport } from './index'
import { makeTestSnapshot } from './testing/test-snapshot'

const snapshot = makeTestSnapshot()

describe('runExport', () => {
  it.each([
    ['markdown', 'Long-range strikes Biden & allies.md', 'text/markdown; charset=utf-8'],
    ['json', 'Long-range strikes Biden & allies.json', 'application/json'],
    [
      'w3c',
      'Long-range strikes Biden & allies.jsonld',
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
    ],
    ['qdpx', 'Long-range strikes Biden & allies.qdpx', 'application/zip'],
    ['qdc', 'Long-range strikes Biden & allies.qdc', 'application/xml'],
    ['csv', 'Long-range strikes Biden & allies (statements).csv', 'text/csv; charset=utf-8'],
    [
      'docx',
      'Long-range strikes Biden & allies.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    ],
    ['html', 'Long-range strikes Biden & allies.html', 'text/html; charset=utf-8']
  ] as const)('%s gives one file', async (format, name, mediaType) => {
    const result = await runExport(format, snapshot)
    expect(result.suggestedName).toBe(name)
    expect(result.mediaType).toBe(mediaType)
    expect([...result.files.keys()]).toEqual([name])
  })

  it('obsidian gives a folder of pages', async () => {
    const result = await runExport('obsidian', snapshot)
    expect(result.suggestedName).toBe('Long-range strikes Biden & allies')
    expect(result.files.size).toBe(16)
  })

  it('passes scope and csv rows through, and names the file after the scope', async () => {
    const result = await runExport('csv', snapshot, { scope: { themeId: 't-nuc' }, csvRows: 'annotations' })
    expect(result.suggestedName).toBe(
      'Long-range strikes Biden & allies - Nuclear signalling (annotations).csv'
    )
    const csv = result.files.get(result.suggestedName) as string
    expect(csv.split('\r\n')[1]).toMatch(/^a-5,/)
    const w3c = JSON.parse((await runExport('w3c', snapshot)).files.values().next().value as string) as {
      type: string
    }
    expect(w3c.type).toBe('AnnotationCollection')
    const zip = await runExport('qdpx', snapshot, { scope: { documentId: 'memo_2' } })
    expect(zip.suggestedName).toMatch(/^Long-range strikes Biden & allies - Analyst memo draft/)
    expect(Object.keys(unzipSync(zip.files.get(zip.suggestedName) as Uint8Array))).toHaveLength(2)
  })

  it('knows its formats', () => {
    expect(EXPORT_FORMATS).toEqual([
      'markdown',
      'obsidian',
      'json',
      'w3c',
      'qdpx',
      'qdc',
      'csv',
      'docx',
      'html'
    ])
    expect(isExportFormat('docx')).toBe(true)
    expect(isExportFormat('pdf')).toBe(false)
  })
})
