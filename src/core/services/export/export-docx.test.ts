import { strFromU8, unzipSync } from 'fflate'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { exportDocx, exportDocxInSlices } from './export-docx'
import { exportMarkdown } from './export-markdown'
import { htmlText } from './testing/html-text'
import { allBlockquotes, parseCommonMark, textContent } from './testing/parse-commonmark'
import { makeTestSnapshot } from './testing/test-snapshot'

const snapshot = makeTestSnapshot()
const STYLE_MAP = ["p[style-name='Quote'] => blockquote > p:fresh"]

describe('exportDocx', async () => {
  const bytes = await exportDocx(snapshot)
  const buffer = Buffer.from(bytes)
  const { value: html } = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP })
  const { value: raw } = await mammoth.extractRawText({ buffer })
  const md = parseCommonMark(exportMarkdown(snapshot))

  it('opens in mammoth with the same quotes, in the same order, as the Markdown report', () => {
    const fromMarkdown = allBlockquotes(md)
    const fromWord = [...html.matchAll(/<blockquote>(.*?)<\/blockquote>/g)].map((m) => htmlText(m[1]!))
    expect(fromWord).toEqual(fromMarkdown)
    expect(fromWord.length).toBeGreaterThan(10)
  })

  it('has the same headings and the same sources, numbered, with superscript references to them', () => {
    const headings = [...html.matchAll(/<h(\d)>(.*?)<\/h\1>/g)].map((m) => [
      Number(m[1]),
      htmlText(m[2]!.replace(/<a id="[^"]*"><\/a>/g, ''))
    ])
    const mdHeadings = md.children
      .filter((n) => n.type === 'heading')
      .map((h) => [h.type === 'heading' ? h.depth : 0, textContent(h)])
    expect(headings).toEqual(mdHeadings)
    expect(raw).toContain(
      '[1]\tBiden weighs lifting ban on U.S. weapons strikes inside Russia. The New York Times, 30 May 2024. https://www.nytimes.com/2024/05/30/us/politics/biden-ukraine-weapons.html'
    )
    expect(raw).toContain(`[2]\t${snapshot.documents[1]!.document.title}. 1 June 2024.`)
    expect(html).toContain('<a href="#source-1"><sup>[1]</sup></a>')
    expect(html).toContain('<a id="source-2"></a>')
    expect(raw).toContain(
      '— Jens Stoltenberg (NATO Secretary General), Biden weighs lifting ban on U.S. weapons strikes inside Russia, 30 May 2024 [1]'
    )
  })

  it('names Dossier as creator, with the workspace as title', () => {
    const core = strFromU8(unzipSync(bytes)['docProps/core.xml']!)
    expect(core).toContain('<dc:title>Long-range strikes: Biden &amp; allies</dc:title>')
    expect(core).toContain('<dc:creator>Dossier</dc:creator>')
  })

  it('keeps empty themes only when asked', async () => {
    const keep = await mammoth.extractRawText({
      buffer: Buffer.from(await exportDocx(snapshot, undefined, { keepEmptyThemes: true }))
    })
    expect(raw).not.toContain('Unused theme')
    expect(keep.value).toContain('Unused theme\n\nNo statements.')
  })

  it('written in slices, opens in mammoth with the same HTML, its body written in many steps', async () => {
    const reports: number[] = []
    const sliced = await exportDocxInSlices(snapshot, undefined, {
      sliceMs: 0,
      onProgress: (done) => reports.push(done)
    })
    const read = await mammoth.convertToHtml({ buffer: Buffer.from(sliced) }, { styleMap: STYLE_MAP })
    expect(read.value).toBe(html)
    expect(read.messages).toEqual([])
    expect(reports.length).toBeGreaterThan(5)
  })
})
