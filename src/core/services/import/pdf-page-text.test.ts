import { describe, expect, it } from 'vitest'
import { importPdf } from './import-pdf'
import { makeTestPdf, type PlacedTestText } from './testing/make-test-pdf'
import { pdfDocumentText, pdfPageText, type PdfTextItem } from './pdf-page-text'

/** A pdf.js-like item: 12 pt text whose width is 6 pt a character. */
const item = (str: string, y: number, x = 72, size = 12): PdfTextItem => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: str.length * size * 0.5,
  height: size,
  hasEOL: false
})
/** Lines 14 pt apart from y = 700. */
const lines = (...texts: string[]): PdfTextItem[] => texts.map((t, i) => item(t, 700 - 14 * i))

/** Lines of text set from (x, y) downwards, `leading` apart. */
const column = (x: number, y: number, texts: string[], size = 10, leading = 12): PlacedTestText[] =>
  texts.map((text, i) => ({ x, y: y - i * leading, text, size }))

describe('pdfPageText', () => {
  it('joins the lines of a paragraph and breaks paragraphs at larger gaps, moving up, or a larger font', () => {
    expect(
      pdfPageText([
        item('Findings', 720, 72, 16),
        item('First line of the paragraph', 700),
        item('goes on here.', 686),
        item('Second', 658),
        item('paragraph, which is longer', 658, 72 + 7 * 6),
        item('and continues.', 644)
      ])
    ).toBe(
      'Findings\n\nFirst line of the paragraph goes on here.\n\nSecond paragraph, which is longer and continues.'
    )
  })

  it('starts a paragraph after a line that ended early, at a first-line indent, and at a speaker label', () => {
    expect(
      pdfPageText(
        lines('The meeting opened at ten and the', 'chair spoke.', 'Members then voted on the plan.')
      )
    ).toBe('The meeting opened at ten and the chair spoke.\n\nMembers then voted on the plan.')
    const indent = [
      item('which closes the paragraph right at its end.', 700),
      item('A new paragraph starts with an indent', 686, 96),
      item('and its second line is back at the edge.', 672)
    ]
    expect(pdfPageText(indent)).toBe(
      'which closes the paragraph right at its end.\n\nA new paragraph starts with an indent and its second line is back at the edge.'
    )
    expect(
      pdfPageText(lines('MR. KIRBY: We will not comment on it.', 'Q: Thank you, John. And the second one?'))
    ).toBe('MR. KIRBY: We will not comment on it.\n\nQ: Thank you, John. And the second one?')
  })

  it('rejoins words hyphenated at a line end, and keeps the hyphen of compounds', () => {
    const text = pdfPageText(
      lines(
        'The administration said the well-known rule of the adminis-', // the joined word is in the text
        'tration holds; but the infor-', // "infor" is no word of the text: a split word
        'mation is a well-', // "well" starts compounds
        'known fact, and the evidence-', // both "evidence" and "based" are words of the text
        'based work is based on evidence and the anti-',
        'American views at the site http://example.org/long-',
        'path are held from 2022-',
        'present until now.'
      )
    )
    expect(text).toBe(
      'The administration said the well-known rule of the administration holds; but the information is a ' +
        'well-known fact, and the evidence-based work is based on evidence and the anti-American views at the site ' +
        'http://example.org/long-path are held from 2022-present until now.'
    )
  })

  it('returns an empty string for a page without text', () => {
    expect(pdfPageText([])).toBe('')
    expect(pdfPageText([item(' ', 700)])).toBe('')
  })
})

describe('pdfDocumentText', () => {
  it('leaves out running headers, footers and page numbers, and keeps a sentence whole over a page break', () => {
    const page = (n: number, body: string[]): PdfTextItem[] => [
      item('Annual Report 2024', 760, 72, 9),
      item(`Chapter ${n}`, 760, 400, 9),
      ...lines(...body),
      item(n === 2 ? `- ${n} -` : `Page ${n} of 3`, 40, 290, 9)
    ]
    const doc = pdfDocumentText([
      page(1, [
        'The budget grew by ten percent this year,',
        'as the board had asked for in the spring',
        'and not at all a month or a year'
      ]),
      page(2, ['later. Costs fell.', '', 'A new paragraph.']),
      page(3, ['Annual Report 2024 closes here.'])
    ])
    expect(doc.text).toBe(
      'The budget grew by ten percent this year, as the board had asked for in the spring and not at all a month ' +
        'or a year later. Costs fell.' +
        '\n\nA new paragraph.\n\nAnnual Report 2024 closes here.'
    )
    expect(doc.pages.map((p) => doc.text.slice(p.start, p.end))).toEqual([
      'The budget grew by ten percent this year, as the board had asked for in the spring and not at all a month or a year',
      'later. Costs fell.\n\nA new paragraph.',
      'Annual Report 2024 closes here.'
    ])
  })

  it('keeps every line of a one-page document, and headers that do not recur', () => {
    const one = pdfDocumentText([
      [item('Annual Report 2024', 760), ...lines('Body text.'), item('1', 40, 290)]
    ])
    expect(one.text).toBe('Annual Report 2024\n\nBody text.\n\n1')
    const two = pdfDocumentText([
      [item('Introduction', 760), ...lines('One.')],
      [item('Methods', 760), ...lines('Two.')]
    ])
    expect(two.text).toBe('Introduction\n\nOne.\n\nMethods\n\nTwo.')
  })

  it('rejoins a word hyphenated over a page break, and the pages still cover their own text', () => {
    const doc = pdfDocumentText([
      lines('The committee heard the adminis-'),
      lines('tration and the administration agreed.')
    ])
    expect(doc.text).toBe('The committee heard the administration and the administration agreed.')
    expect(doc.pages.map((p) => doc.text.slice(p.start, p.end))).toEqual([
      'The committee heard the adminis',
      'tration and the administration agreed.'
    ])
  })
})

describe('importPdf on generated layouts', () => {
  const left = [
    'The Council met on Wednesday to consider the',
    'letter from the Permanent Representative of',
    'Ukraine. The President opened the meeting and',
    'gave the floor to the Under-Secretary-General',
    'for Political and Peacebuilding Affairs, who',
    'said that the situation had deteriorated and',
    'that a diplomatic solution was still within'
  ]
  const right = [
    'reach. She urged all sides to exercise restraint',
    'and to refrain from any action that could lead',
    'to further escalation of the crisis in the east.',
    '',
    'The representative of the Russian Federation',
    'said his country had recognised the two regions',
    'and would defend its decision at the Council.'
  ].map((t) => t)

  it('reads two columns in order, the full-width title first, without the running header and page number', async () => {
    const page = (n: number, title: string | null): { placed: PlacedTestText[] } => ({
      placed: [
        { x: 72, y: 760, text: 'S/PV.8974 Security Council 23/02/2022', size: 8 },
        ...(title ? [{ x: 150, y: 720, text: title, size: 14 }] : []),
        ...column(72, 690, left),
        ...column(
          316,
          690,
          right.filter((t) => t !== '')
        ).map((p, i) => (i >= 3 ? { ...p, y: p.y - 12 } : p)),
        { x: 300, y: 40, text: String(n), size: 8 }
      ]
    })
    const src = await importPdf(
      makeTestPdf([page(1, 'Letter dated 28 February 2014 from Ukraine'), page(2, null)]),
      'spv.pdf'
    )
    const body = `${left.join(' ')} ${right.slice(0, 3).join(' ')}\n\n${right.slice(4).join(' ')}`
    expect(src.text).toBe(`Letter dated 28 February 2014 from Ukraine\n\n${body}\n\n${body}`)
    expect(src.text.slice(src.pages![1]!.start, src.pages![1]!.end)).toBe(body)
  })

  it("reads a paper's first page: title, authors and abstract across the page, then two columns", async () => {
    // Lines of the same width, as a justified column sets them.
    const colLines = (col: number): string[] =>
      Array.from({ length: 10 }, (_, i) => `${col}.${i} the council heard reports on the crisis`)
    const abstract = Array.from(
      { length: 8 },
      (_, i) => `Abstract line ${i} runs across the whole width of the page and goes past the gutter`
    )
    const left = colLines(1)
    const right = colLines(2)
    const placed: PlacedTestText[] = [
      { x: 120, y: 750, text: 'On the reading order of two-column papers', size: 16 },
      { x: 200, y: 725, text: 'A. Author, B. Author and C. Author', size: 10 },
      ...column(72, 700, abstract, 10, 12).map((p) => ({ ...p, size: 11 })),
      ...column(72, 590, left),
      ...column(316, 590, right),
      { x: 302, y: 40, text: '7', size: 10 } // a page number between the columns, kept: the document has one page
    ]
    const src = await importPdf(makeTestPdf([{ placed }]), 'paper.pdf')
    expect(src.text).toBe(
      [
        'On the reading order of two-column papers',
        'A. Author, B. Author and C. Author',
        abstract.join(' '),
        `${left.join(' ')} ${right.join(' ')}`,
        '7'
      ].join('\n\n')
    )
  })

  it('reads a two-column table row by row, not column by column, a row a paragraph, cells tab-separated', async () => {
    const rows = ['Country', 'Ukraine', 'Russian Federation', 'United States', 'France', 'China', 'Albania']
    const placed = rows.flatMap((r, i) => [
      { x: 72, y: 700 - 14 * i, text: r, size: 10 },
      { x: 400, y: 700 - 14 * i, text: i === 0 ? 'Vote' : 'In favour', size: 10 }
    ])
    const src = await importPdf(makeTestPdf([{ placed }]), 'votes.pdf')
    expect(src.text.split('\n\n')).toEqual(rows.map((r, i) => `${r}\t${i === 0 ? 'Vote' : 'In favour'}`))
  })
})
