import { describe, expect, it } from 'vitest'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { EXPORT_FORMATS, runExport, runExportInSlices } from './index'
import { makeDocument } from './testing/test-builders'
import { makeTestSnapshot } from './testing/test-snapshot'

const snapshot = makeTestSnapshot()
const themeId = snapshot.themes[0]!.id
const documentId = snapshot.documents[0]!.document.id

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
    let turns = 0
    const tick = (): void => {
      turns++
      if (!done) setImmediate(tick)
    }
    let done = false
    setImmediate(tick)
    const sliced = await runExportInSlices('qdpx', big, { onProgress: (d, t) => reports.push([d, t]) })
    done = true
    // A step per document, one for the project file and one for the zip.
    expect(reports[0]).toEqual([0, 802])
    expect(reports.some(([d]) => d > 0 && d < 800)).toBe(true)
    expect(turns).toBeGreaterThan(1)
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
