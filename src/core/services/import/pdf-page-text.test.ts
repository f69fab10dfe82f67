import { describe, expect, it } from 'vitest'
import { pdfPageText, type PdfTextItem } from './pdf-page-text'

const item = (str: string, y: number, hasEOL = false, x = 72): PdfTextItem => ({
  str,
  transform: [12, 0, 0, 12, x, y],
  height: 12,
  hasEOL
})

describe('pdfPageText', () => {
  it('joins the lines of a paragraph and breaks paragraphs at larger gaps', () => {
    const items = [
      item('First line of the', 700, true),
      item('paragraph.', 686, true),
      item('Second', 658),
      item(' paragraph', 658, false, 110),
      item('continues.', 644)
    ]
    expect(pdfPageText(items)).toBe('First line of the paragraph.\n\nSecond paragraph continues.')
  })

  it('keeps a hyphen at a line end and joins without a space before a lower-case word', () => {
    expect(
      pdfPageText([
        item('a well-', 700, true),
        item('known infor-', 686, true),
        item('mation. End-', 672, true),
        item('Of line', 658)
      ])
    ).toBe('a well-known infor-mation. End- Of line')
  })

  it('starts a paragraph when the text moves back up the page (a new column)', () => {
    expect(pdfPageText([item('left column', 300, true), item('right column', 700, true)])).toBe(
      'left column\n\nright column'
    )
  })

  it('returns an empty string for a page without text', () => {
    expect(pdfPageText([])).toBe('')
    expect(pdfPageText([item(' ', 700, true)])).toBe('')
  })
})
