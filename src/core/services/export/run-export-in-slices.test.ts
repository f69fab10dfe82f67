import { describe, expect, it } from 'vitest'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { EXPORT_FORMATS, runExport, runExportInSlices, type ExportFormat, type ExportOptions } from './index'
import { copiesOf } from './testing/copies-of'
import { countTurns } from './testing/count-turns'
import { exportDigest } from './testing/export-digest'
import { makeDocument } from './testing/test-builders'
import { makeTestSnapshot } from './testing/test-snapshot'

const snapshot = makeTestSnapshot()
const themeId = snapshot.themes[0]!.id
const documentId = snapshot.documents[0]!.document.id

/**
 * What each export of `copiesOf(makeTestSnapshot(), 30)` wrote before every format was sliced (runExport at
 * b343ac4), as exportDigest.
 */
const BEFORE_SLICING: Record<string, string> = {
  'csv all': 'bce6846535828bf7',
  'csv annotations': '64dcf492a55f6765',
  'csv codings': '2c59301022ba5dfa',
  'csv document': '031e2f860c0e66c3',
  'csv theme': 'caa4056f2af28dd8',
  'docx all': '37af3a1b3c0306e8',
  'docx document': '4e709b99484db2f9',
  'docx theme': '3094d7496ba84ef6',
  'html all': 'c12961a7da85e907',
  'html document': '8b4c3d93a7a8dc58',
  'html keepEmptyThemes': '90ee9b6b6ab98085',
  'html theme': '8cd4698d81f4cb95',
  'json all': 'dccf68a8a4a7e8d9',
  'json document': '89c9dd7adbd15c1a',
  'json theme': 'd1b8a4ef38d0237a',
  'markdown all': '0f988c44f8cfc7a6',
  'markdown document': '8fc596c50f49e218',
  'markdown keepEmptyThemes': '9244e7cbfba8e7a9',
  'markdown theme': 'f95b37d79d98954e',
  'obsidian all': '1bf93618a666f747',
  'obsidian document': '7cfe26aedd92b25d',
  'obsidian theme': '3516b124b7adaa5b',
  'qdc all': '26bc7723371aa4db',
  'qdc document': '05b136b7d770cc70',
  'qdc theme': 'f972dd119c6a5bff',
  'qdpx all': 'f569c3c242f909be',
  'qdpx document': 'ef88097e8435814f',
  'qdpx theme': '5ad7f2bc96ce3784',
  'w3c all': '8fd1155657e03629',
  'w3c document': 'b9fca5e077e766e4',
  'w3c theme': '9c265dcbd7e1ed02'
}

describe('runExportInSlices on a sizeable workspace', () => {
  const big = copiesOf(makeTestSnapshot(), 30)
  const scopes = {
    all: {},
    theme: { themeId: big.themes[0]!.id },
    document: { documentId: big.documents[5]!.document.id }
  }
  const cases: [string, ExportFormat, ExportOptions][] = [
    ...EXPORT_FORMATS.flatMap((format) =>
      Object.entries(scopes).map(([name, scope]): [string, ExportFormat, ExportOptions] => [
        `${format} ${name}`,
        format,
        { scope }
      ])
    ),
    ['csv annotations', 'csv', { csvRows: 'annotations' }],
    ['csv codings', 'csv', { csvRows: 'codings' }],
    ['markdown keepEmptyThemes', 'markdown', { keepEmptyThemes: true }],
    ['html keepEmptyThemes', 'html', { keepEmptyThemes: true }]
  ]
  for (const [name, format, opts] of cases)
    it(`writes what was written before slicing: ${name}`, async () => {
      expect(exportDigest(await runExportInSlices(format, big, { ...opts, sliceMs: 0 }))).toBe(
        BEFORE_SLICING[name]
      )
      expect(exportDigest(await runExport(format, big, opts))).toBe(BEFORE_SLICING[name])
    })

  for (const format of EXPORT_FORMATS.filter((f) => f !== 'qdc'))
    it(`serves other work between slices and reports progress in order: ${format}`, async () => {
      const reports: [number, number][] = []
      const turns = countTurns()
      await runExportInSlices(format, big, { sliceMs: 0, onProgress: (d, t) => reports.push([d, t]) })
      const turned = turns.stop()
      const total = reports[0]![1]
      expect(reports[0]).toEqual([0, total])
      expect(reports.at(-1)).toEqual([total, total])
      expect(reports.every(([d, t], i) => t === total && (i === 0 || d >= reports[i - 1]![0]))).toBe(true)
      // Report formats take a step per theme section; the others, one per document.
      expect(reports.filter(([d]) => d > 0 && d < total).length).toBeGreaterThan(3)
      expect(turned).toBeGreaterThan(3)
    })
})

describe('runExportInSlices', () => {
  for (const format of EXPORT_FORMATS)
    it(`writes exactly what runExport writes: ${format}`, async () => {
      for (const scope of [{}, { themeId }, { documentId }]) {
        const once = await runExport(format, snapshot, { scope })
        const sliced = await runExportInSlices(format, snapshot, { scope })
        expect(sliced.suggestedName).toBe(once.suggestedName)
        expect(sliced.mediaType).toBe(once.mediaType)
        if (format === 'docx') expect([...sliced.files.keys()]).toEqual([...once.files.keys()])
        else expect(sliced.files).toEqual(once.files)
      }
    })

  it('writes exactly what runExport writes for a filter', async () => {
    const statementIds = new Set(snapshot.documents.flatMap((d) => d.statements.slice(0, 2).map((s) => s.id)))
    for (const format of EXPORT_FORMATS.filter((f) => f !== 'docx' && f !== 'qdc')) {
      const once = await runExport(format, snapshot, { scope: { statementIds } })
      expect((await runExportInSlices(format, snapshot, { scope: { statementIds } })).files).toEqual(
        once.files
      )
    }
  })

  it('fails an invalid snapshot with the one-line error of the whole, sliced or not', async () => {
    const bad = structuredClone(snapshot)
    bad.documents[1]!.statements[0]!.start = -1
    bad.links[0]!.relation = 'nonsense' as never
    const once = await runExport('json', bad).catch((e: Error) => e.message)
    expect(once).toMatch(
      /^Cannot export an invalid workspace snapshot at documents\[1\]\.statements\[0\]\.start: .* \(and 1 more\)$/
    )
    await expect(runExportInSlices('json', bad)).rejects.toThrow(once as string)
  })

  it('splits the Markdown report into one step per theme section and reports each', async () => {
    const reports: [number, number][] = []
    await runExportInSlices('markdown', snapshot, { onProgress: (d, t) => reports.push([d, t]) })
    const total = reports[0]![1]
    expect(total).toBeGreaterThanOrEqual(snapshot.themes.length)
    expect(reports.at(-1)).toEqual([total, total])
  })

  for (const format of EXPORT_FORMATS)
    it(`reports progress from 0 to the end: ${format}`, async () => {
      const reports: [number, number][] = []
      await runExportInSlices(format, snapshot, { onProgress: (d, t) => reports.push([d, t]) })
      const total = reports[0]![1]
      expect(reports[0]).toEqual([0, total])
      expect(reports.at(-1)).toEqual([total, total])
      expect(reports.every(([d, t]) => t === total && d <= t)).toBe(true)
    })

  it('writes the REFI-QDA project document by document, serving other work between slices', async () => {
    const big = manyDocuments(800)
    const reports: [number, number][] = []
    const turns = countTurns()
    const sliced = await runExportInSlices('qdpx', big, { onProgress: (d, t) => reports.push([d, t]) })
    const turned = turns.stop()
    // A step per document, one for the project file and one for the zip.
    expect(reports[0]).toEqual([0, 802])
    expect(reports.some(([d]) => d > 0 && d < 800)).toBe(true)
    expect(turned).toBeGreaterThan(1)
    expect(sliced.files).toEqual((await runExport('qdpx', big)).files)
  })

  it('stops the REFI-QDA project before its zip once cancelled', async () => {
    const controller = new AbortController()
    const onProgress = (done: number, total: number) => done === total - 1 && controller.abort()
    await expect(
      runExportInSlices('qdpx', snapshot, { signal: controller.signal, onProgress })
    ).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('stops with an AbortError once cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      runExportInSlices('obsidian', snapshot, { signal: controller.signal })
    ).rejects.toMatchObject({
      name: 'AbortError'
    })
  })
})

/** `n` documents of ten statements each, every statement tagged. */
function manyDocuments(n: number): WorkspaceSnapshot {
  const base = makeTestSnapshot()
  const themeId = base.themes[0]!.id
  const documents = Array.from({ length: n }, (_, i) => {
    const texts = Array.from({ length: 10 }, (_, j) => `Statement ${j} of document ${i}, quoted in full.`)
    const { document, statements } = makeDocument(
      `doc-${i}`,
      `Document ${i}`,
      texts.join(' '),
      texts.map((text, j) => ({ id: `doc-${i}.${j}`, text, themeIds: [themeId] }))
    )
    return { document, statements, annotations: [] }
  })
  return { ...base, documents, links: [], notes: [] }
}
