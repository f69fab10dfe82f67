import { describe, expect, it } from 'vitest'
import { allQuoted, maskQuoted, quoteSpans } from './quote-spans'

const whole = (text: string) => [{ start: 0, end: text.length }]
const quoted = (text: string) => quoteSpans(text, whole(text)).map((q) => text.slice(q.start, q.end))

describe('quoteSpans', () => {
  it.each([
    // un-press-sc14803: curly quotes, two quotations in one paragraph
    [
      '“If indeed an operation is being prepared,” he urged.  “Give peace a chance.  Too many people have already died.”',
      [
        '“If indeed an operation is being prepared,”',
        '“Give peace a chance.  Too many people have already died.”'
      ]
    ],
    // voa-zelenskyy-visit: quoted fragments inside a narrator sentence
    [
      'Zelenskyy also called “historic” a decision by the U.S. to “jointly produce weapons and defense systems.”',
      ['“historic”', '“jointly produce weapons and defense systems.”']
    ],
    // presgovua: straight quotes across two sentences
    [
      '"Thank you very much, Mr. President. This is a significant moment of support for Ukraine," he said.',
      ['"Thank you very much, Mr. President. This is a significant moment of support for Ukraine,"']
    ],
    // an apostrophe is no quotation; a quotation left open runs to the paragraph end
    [
      'We\'re seeing what Zelenskyy warned us about: "after failing to take Kyiv',
      ['"after failing to take Kyiv']
    ]
  ])('%s', (text, spans) => {
    expect(quoted(text)).toEqual(spans)
  })

  it('ends an open quotation at its paragraph and blanks only what is inside the marks', () => {
    const text = '"Ukraine is facing a pivotal moment," he said.\n\nAustin told the nations.'
    const quotes = quoteSpans(text, [
      { start: 0, end: 46 },
      { start: 48, end: text.length }
    ])
    const masked = maskQuoted(text, quotes)
    expect(masked.length).toBe(text.length)
    expect(masked.slice(0, 46).replace(/\s+/g, ' ')).toBe('" " he said.')
    expect(masked.slice(48)).toBe('Austin told the nations.')
    expect(allQuoted(text, masked, 0, 37)).toBe(true)
    expect(allQuoted(text, masked, 0, 46)).toBe(false)
  })
})
