import { describe, expect, it } from 'vitest'
import { importPdf } from './import-pdf'
import { makeTestPdf } from './testing/make-test-pdf'

describe('importPdf', () => {
  it('extracts text per page with page offsets and the information dictionary', async () => {
    const pdf = makeTestPdf(
      [
        ['Hello world, this is line one', 'and line two of the paragraph.', '', 'Second (para) here.'],
        ['Page two text.'],
        [],
        ['Last page.']
      ],
      {
        info: { Title: 'Annual Report', Author: 'Ann Lee; Bob Ray', CreationDate: "D:20240305120000+01'00'" }
      }
    )
    const progress: string[] = []
    const src = await importPdf(pdf, 'reports/annual.pdf', {
      onProgress: (d, t) => progress.push(`${d}/${t}`)
    })
    expect(src.text).toBe(
      'Hello world, this is line one and line two of the paragraph.\n\nSecond (para) here.\n\nPage two text.\n\nLast page.'
    )
    expect(src.pages).toEqual([
      { page: 1, start: 0, end: 81 },
      { page: 2, start: 83, end: 97 },
      { page: 3, start: 97, end: 97 },
      { page: 4, start: 99, end: 109 }
    ])
    for (const p of src.pages!)
      if (p.end > p.start) expect(src.text.slice(p.start, p.end)).not.toMatch(/^\s|\s$/)
    expect(src.text.slice(83, 97)).toBe('Page two text.')
    expect(src).toMatchObject({
      title: 'Annual Report',
      authors: ['Ann Lee', 'Bob Ray'],
      publishedAt: '2024-03-05',
      source: { fileName: 'annual.pdf' }
    })
    expect(progress).toEqual(['0/4', '1/4', '2/4', '3/4', '4/4'])
    expect(pdf[0]).toBe(0x25) // the caller's bytes are not detached by pdf.js
  })

  it('reads CJK text set in a font with a predefined CMap (pdf.js CMap files, read locally)', async () => {
    const src = await importPdf(makeTestPdf([['日本語のテキスト']], { font: 'japanese' }), 'ja.pdf')
    expect(src.text).toBe('日本語のテキスト')
  })

  it('ignores placeholder titles', async () => {
    const src = await importPdf(
      makeTestPdf([['x']], { info: { Title: 'Microsoft Word - draft3.docx' } }),
      'a.pdf'
    )
    expect(src.title).toBeNull()
  })

  it('rejects an encrypted PDF', async () => {
    await expect(importPdf(makeTestPdf([['secret']], { encrypted: true }), 'locked.pdf')).rejects.toThrow(
      'locked.pdf is encrypted'
    )
  })

  it('rejects a PDF without a text layer', async () => {
    await expect(importPdf(makeTestPdf([[], []]), 'scan.pdf')).rejects.toThrow(
      'scan.pdf has no text layer (image-only PDF); run OCR first'
    )
  })

  it('rejects a corrupt or empty file', async () => {
    const bad = new TextEncoder().encode('%PDF-1.4\nthis is not really a PDF\n%%EOF\n')
    await expect(importPdf(bad, 'broken.pdf')).rejects.toThrow('broken.pdf is not a readable PDF')
    await expect(importPdf(makeTestPdf([['x']]).slice(0, 40), 'cut.pdf')).rejects.toThrow(
      'cut.pdf is not a readable PDF'
    )
    await expect(importPdf(new Uint8Array(), 'empty.pdf')).rejects.toThrow('empty.pdf is empty')
  })

  it('stops with an AbortError when the signal is aborted, before or between pages', async () => {
    const pdf = makeTestPdf([['one'], ['two'], ['three']])
    await expect(importPdf(pdf, 'a.pdf', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError'
    })
    const controller = new AbortController()
    const done: number[] = []
    const run = importPdf(pdf, 'a.pdf', {
      signal: controller.signal,
      onProgress: (d) => {
        done.push(d)
        if (d === 1) controller.abort(new Error('user closed the dialog'))
      }
    })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    expect(done).toEqual([0, 1])
  })
})
