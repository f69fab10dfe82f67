import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractLeadingDate } from './extract-leading-date'
import { segmentText, type Segmentation } from './segment-text'

const ARTICLE = readFileSync(new URL('../../../../resources/seed/article.txt', import.meta.url), 'utf8')

/** The seed's statement offsets as the sbd-based splitter gave them (recorded before it was replaced). */
// prettier-ignore
const SEED_BOUNDARIES = [
  [21, 220], [222, 381], [383, 584], [585, 762], [764, 1070], [1072, 1205], [1207, 1312], [1313, 1544],
  [1545, 1734], [1736, 1843], [1844, 2150], [2152, 2317], [2318, 2375], [2376, 2453], [2455, 2621],
  [2622, 2814], [2816, 2957], [2958, 3216], [3218, 3353], [3354, 3548], [3550, 3583], [3584, 3827],
  [3828, 3896], [3898, 4083], [4085, 4242], [4243, 4456], [4458, 4584], [4585, 4694], [4696, 4921],
  [4922, 5064], [5066, 5129], [5130, 5250], [5251, 5511], [5513, 5723], [5724, 5853], [5855, 5974],
  [5976, 6155], [6156, 6324], [6326, 6656], [6658, 6815], [6816, 6894], [6896, 6964], [6966, 7115],
  [7116, 7197], [7199, 7306], [7307, 7485], [7487, 7572], [7573, 7759], [7761, 7812]
]

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

  it('keeps the statement boundaries the seed has always had', () => {
    expect(seg.sentences.map((s) => [s.start, s.end])).toEqual(SEED_BOUNDARIES)
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

  it('splits where statements begin in real transcripts', () => {
    const text =
      'MR MILLER: Sure. So we understand the hearing took place.\n\n' +
      'QUESTION: Okay. But you have gotten consular access to him once, right?\n\n' +
      'The meeting was called to order at 9.35 p.m. Ms. DiCarlo: Earlier today, the so-called authorities\n\n' +
      'Ukraine/U.S.\nAssistance\n\n' +
      "Q. How confident are you?\n\nThe President. I'm not."
    expect(segmentText(text).sentences.map((s) => [s.text, s.paragraphIndex])).toEqual([
      ['MR MILLER: Sure.', 0],
      ['So we understand the hearing took place.', 0],
      ['QUESTION: Okay.', 1],
      ['But you have gotten consular access to him once, right?', 1],
      ['The meeting was called to order at 9.35 p.m.', 2],
      ['Ms. DiCarlo: Earlier today, the so-called authorities', 2],
      ['Ukraine/U.S.\nAssistance', 3],
      ['Q. How confident are you?', 4],
      ['The President.', 5],
      ["I'm not.", 5]
    ])
  })

  it('segments 1 MB of real text in well under the time a user would notice', () => {
    const body = ARTICLE.slice(extractLeadingDate(ARTICLE).bodyStart)
    const copies = Math.ceil(1_000_000 / (body.length + 2))
    const text = Array.from({ length: copies }, () => body).join('\n\n')
    const t0 = performance.now()
    const seg = segmentText(text)
    const ms = performance.now() - t0
    expect(text.length).toBeGreaterThanOrEqual(1_000_000)
    expect(seg.sentences).toHaveLength(49 * copies)
    expect(ms).toBeLessThan(5_000) // about 0.1-0.3 s measured; generous for a loaded machine
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
