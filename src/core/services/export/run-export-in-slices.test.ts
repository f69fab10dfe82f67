import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS, runExport, runExportInSlices } from './index'
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
        if (format === 'qdpx' || format === 'docx')
          expect([...sliced.files.keys()]).toEqual([...once.files.keys()])
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
