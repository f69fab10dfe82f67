import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importPdf } from './import-pdf'

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../../test-fixtures/import/${name}`, import.meta.url)))
const paragraphsOf = (name: string): string[] =>
  JSON.parse(new TextDecoder().decode(fixture(`${name}.paragraphs.json`))) as string[]

/** The import's paragraphs against the source's, as [extracted paragraphs not in the source, source paragraphs not extracted]. */
async function compare(name: string): Promise<{
  text: string
  pages: { page: number; start: number; end: number }[]
  extra: string[]
  missing: string[]
}> {
  const src = await importPdf(fixture(`${name}.pdf`), `${name}.pdf`)
  const got = src.text.split('\n\n')
  const want = paragraphsOf(name)
  return {
    text: src.text,
    pages: src.pages!,
    extra: got.filter((p) => !want.includes(p)),
    missing: want.filter((p) => !got.includes(p))
  }
}

describe('importPdf on real PDFs made by LibreOffice from the corpus (test-fixtures/import)', () => {
  it('two columns, running header, "Page N of 2" footer, justified and hyphenated: every paragraph as written', async () => {
    const { text, pages, extra, missing } = await compare('ukraine-records-2col')
    expect({ extra, missing }).toEqual({ extra: [], missing: [] })
    expect(text).not.toMatch(/test document|Page \d of 2/)
    // About 20 words are hyphenated at line ends ("explo-sive", "unaccept-able", "Oper-ation"), two of them
    // compounds that keep their hyphen ("Eleventh-Hour", "Under-Secretary-General"): all come out as written.
    expect(text).toContain('dangers of an explosive regional conflict')
    expect(text).toContain('Meets in Eleventh-Hour Effort')
    expect(pages.map((p) => p.page)).toEqual([1, 2])
    expect(pages[1]!.start).toBe(pages[0]!.end + 2) // page 1 ends with a paragraph
  })

  it('ten pages in one column with a running header and "– N –" footers: paragraphs run over page breaks', async () => {
    const { text, pages, extra, missing } = await compare('corpus-1col')
    // Known differences, each checked by eye against the PDF:
    expect(extra).toEqual([
      // "front-\nline": both parts are words of the document, so the hyphen stays (the source has "frontline").
      'The President of Ukraine noted that he would talk to the President of the United States about the situation on the front-line and about the Ukrainian people facing ordeals.',
      // The corpus's un-spv8974 text is itself two PDF columns spliced line by line, and its line breaks are its
      // only paragraph marks; joining them as a reader would gives paragraphs the spliced source never had.
      'The meeting was called to order at 9.35 p.m. Ms. DiCarlo: Earlier today, the so-called authorities of the Donetsk and Luhansk Peoples Republics requested',
      'Letter dated 28 February 2014 from the Permanent related defence and security measures, including the Representative of Ukraine to the United Nations mobilization of reservists.',
      'The President (spoke in Russian): In accordance civilian and military casualties. There are also reports with rule 37 of the Council’s provisional rules of'
    ])
    expect(missing).toHaveLength(7)
    expect(text).not.toMatch(/Dossier import corpus\n|– \d+ –/)
    expect(pages).toHaveLength(10)
    // Every page's range holds that page's text: ranges follow each other, and the whole text is covered.
    expect(pages[0]!.start).toBe(0)
    expect(pages.at(-1)!.end).toBe(text.length)
    for (let i = 1; i < pages.length; i++)
      expect(text.slice(pages[i - 1]!.end, pages[i]!.start)).toMatch(/^(?: |\n\n|)$/)
  })

  it('a transcript printed from plain text (one page, no paragraph spacing): turns found from short lines', async () => {
    const { extra, missing } = await compare('wh-gaggle-kirby-2024-02-20')
    expect({ extra, missing }).toEqual({ extra: [], missing: [] })
  })
})
