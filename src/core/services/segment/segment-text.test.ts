import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractLeadingDate } from './extract-leading-date'
import { segmentText, type Segmentation } from './segment-text'

const ARTICLE = readFileSync(new URL('../../../../resources/seed/article.txt', import.meta.url), 'utf8')

function seedSegmentation(): Segmentation {
  return segmentText(ARTICLE, { from: extractLeadingDate(ARTICLE).bodyStart })
}

function expectConsistent(text: string, seg: Segmentation): void {
  for (const s of seg.sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(s.text).toBe(s.text.trim())
    expect(s.text.length).toBeGreaterThan(0)
    const p = seg.paragraphs[s.paragraphIndex]
    expect(p).toBeDefined()
    expect(s.start).toBeGreaterThanOrEqual(p!.start)
    expect(s.end).toBeLessThanOrEqual(p!.end)
  }
  for (let i = 1; i < seg.sentences.length; i++) {
    expect(seg.sentences[i]!.start).toBeGreaterThanOrEqual(seg.sentences[i - 1]!.end)
  }
  for (const p of seg.paragraphs) {
    const body = text.slice(p.start, p.end)
    expect(body).toBe(body.trim())
    // every non-space character of a paragraph belongs to exactly one sentence
    const covered = seg.sentences
      .filter((s) => s.start >= p.start && s.end <= p.end)
      .map((s) => s.text)
      .join('')
    expect(covered.replace(/\s+/g, '')).toBe(body.replace(/\s+/g, ''))
  }
}

describe('segmentText on the seed article', () => {
  const seg = seedSegmentation()
  const texts = seg.sentences.map((s) => s.text)
  const find = (needle: string): string => {
    const hit = texts.filter((t) => t.includes(needle))
    expect(hit, needle).toHaveLength(1)
    return hit[0]!
  }

  it('finds 27 paragraphs and 49 statements (counted by reading the article)', () => {
    expect(seg.paragraphs).toHaveLength(27)
    expect(seg.sentences).toHaveLength(49)
    expect(texts[0]).toMatch(/^President Biden is preparing/)
    expect(texts[48]).toBe('Eric Schmitt contributed reporting from California.')
  })

  it('does not make the date line a paragraph or a statement', () => {
    expect(texts.some((t) => t.includes('2024-05-30'))).toBe(false)
    expect(ARTICLE.slice(0, seg.paragraphs[0]!.start)).toMatch(/^\s*date 2024-05-30\s*$/)
  })

  it('keeps every offset slice equal to the sentence text', () => {
    expectConsistent(ARTICLE, seg)
  })

  it('never ends a sentence after honorifics, initials or U.S.', () => {
    for (const t of texts) {
      expect(t).not.toMatch(/\b(?:Mr|Mrs|Ms|Dr|Gen|Sen)\.$/)
      expect(t).not.toMatch(/\b[A-Z]\.$/)
      expect(t).not.toMatch(/U\.S\.$/)
    }
    for (const name of [
      'Mr. Biden',
      'Antony J. Blinken',
      'Vladimir V. Putin',
      'Joseph S. Nye',
      'Seth G. Jones',
      'U.S.-supplied'
    ]) {
      expect(
        texts.some((t) => t.includes(name)),
        name
      ).toBe(true)
    }
    expect(find('Mr. Biden doesn')).toBe("Mr. Biden doesn't have much time.")
  })

  it('joins a lowercase continuation ("side. of the border.") into one statement', () => {
    const s = find('of the border.')
    expect(s).toMatch(/^NATO's usually cautious outgoing leader, Jens Stoltenberg, told/)
    expect(s).toMatch(/Russian side\. of the border\.$/)
  })

  it('merges a punctuation-only fragment (". .") into the previous statement', () => {
    expect(find('how to respond')).toMatch(/how to respond\. \.$/)
    expect(texts.some((t) => /^[\s.]+$/.test(t))).toBe(false)
    expect(find('he replied')).toMatch(/^Asked if the Western alliance/)
  })

  it('documents why Intl.Segmenter is not used: it breaks after "Mr." and initials', () => {
    const body = ARTICLE.slice(extractLeadingDate(ARTICLE).bodyStart)
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
    const icu = [...segmenter.segment(body)].map((s) => s.segment.trim()).filter(Boolean)
    expect(icu.some((t) => t.endsWith(' Mr.'))).toBe(true)
    expect(icu.some((t) => t.endsWith('Antony J.') || t.endsWith('Vladimir V.'))).toBe(true)
    expect(icu.length).toBeGreaterThan(seg.sentences.length)
  })
})

describe('segmentText on synthetic text', () => {
  it('returns nothing for empty or blank input', () => {
    expect(segmentText('')).toEqual({ paragraphs: [], sentences: [] })
    expect(segmentText('  \n\r\n \t ')).toEqual({ paragraphs: [], sentences: [] })
  })

  it('handles CRLF blank lines as paragraph breaks', () => {
    const text = 'First one. Second one.\r\n\r\nThird one.\r\n'
    const seg = segmentText(text)
    expect(seg.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'First one. Second one.',
      'Third one.'
    ])
    expect(seg.sentences.map((s) => [s.text, s.paragraphIndex])).toEqual([
      ['First one.', 0],
      ['Second one.', 0],
      ['Third one.', 1]
    ])
  })

  it('treats single lines as paragraphs when there are no blank lines at all', () => {
    const text = 'Line one is here.\nLine two, Mr. Smith said.\r\nLine three'
    const seg = segmentText(text)
    expect(seg.paragraphs).toHaveLength(3)
    expect(seg.sentences.map((s) => s.text)).toEqual([
      'Line one is here.',
      'Line two, Mr. Smith said.',
      'Line three'
    ])
  })

  it('keeps hard-wrapped lines of one paragraph together when blank lines exist', () => {
    const text = 'A wrapped\nsentence goes on. Next.\n\nOther.'
    const seg = segmentText(text)
    expect(seg.sentences.map((s) => s.text)).toEqual(['A wrapped\nsentence goes on.', 'Next.', 'Other.'])
  })

  it('trims trailing spaces and keeps offsets with unicode (surrogate pairs)', () => {
    const text = '  Café 😀 déjà vu.   Ünïcode wins — yes!   \n\n  Ωmega ends.  '
    const seg = segmentText(text)
    expectConsistent(text, seg)
    expect(seg.sentences.map((s) => s.text)).toEqual([
      'Café 😀 déjà vu.',
      'Ünïcode wins — yes!',
      'Ωmega ends.'
    ])
  })

  it('respects the from option', () => {
    const text = 'Date: 2024-01-02\nBody starts. Here.'
    const { date, bodyStart } = extractLeadingDate(text)
    expect(date).toBe('2024-01-02')
    const seg = segmentText(text, { from: bodyStart })
    expect(seg.sentences.map((s) => s.text)).toEqual(['Body starts.', 'Here.'])
    expect(seg.sentences[0]!.start).toBe(text.indexOf('Body'))
  })

  it('does not break after abbreviations, but does after a dotted acronym ending a sentence', () => {
    const text =
      'Gen. Smith met Sen. Jones on Jan. 5 at No. 10 with Dr. Who. ' +
      'It is made in the U.S. The U.S. Army agreed, said Ms. J. R. Doe.'
    expect(segmentText(text).sentences.map((s) => s.text)).toEqual([
      'Gen. Smith met Sen. Jones on Jan. 5 at No. 10 with Dr. Who.',
      'It is made in the U.S.',
      'The U.S. Army agreed, said Ms. J. R. Doe.'
    ])
  })

  it('property: offsets always slice to the trimmed sentence text', () => {
    const piece = fc.oneof(
      fc.constantFrom('Mr. ', 'U.S. ', 'J. ', '. ', '? ', '! ', '\n', '\r\n', '\n\n', '  ', '😀', 'é'),
      fc.string({ maxLength: 8 })
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const seg = segmentText(text)
        expectConsistent(text, seg)
      }),
      { numRuns: 300 }
    )
  })
})
