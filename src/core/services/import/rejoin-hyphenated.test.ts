import { describe, expect, it } from 'vitest'
import { isHyphenation, wordEvidence } from './rejoin-hyphenated'

describe('isHyphenation', () => {
  const evidence = wordEvidence([
    'The administration and the Secretary-General met; evidence was based on',
    'reports, a well-known fact. The adminis-', // the fragments around this hyphen are no evidence
    'tration agreed.'
  ])

  it('rejoins a word the document writes whole, or a fragment that is no word of it', () => {
    expect(isHyphenation('the adminis-', 'tration said', evidence)).toBe(true)
    expect(isHyphenation('the Secretary-Gen-', 'eral said', evidence)).toBe(true)
    expect(isHyphenation('the infor-', 'mation', evidence)).toBe(true)
    expect(isHyphenation('some-', 'thing', evidence)).toBe(true) // parts too short to be a compound's words
    expect(isHyphenation('consult\u00ad', 'ation', evidence)).toBe(true) // a soft hyphen
  })

  it("keeps a compound's hyphen: written so elsewhere, a usual first part, two words of the document", () => {
    expect(isHyphenation('a well-', 'known fact', evidence)).toBe(false)
    expect(isHyphenation('a self-', 'made man', evidence)).toBe(false)
    expect(isHyphenation('the evidence-', 'based view', evidence)).toBe(false)
    expect(isHyphenation('from 2022-', 'present', evidence)).toBe(false)
    expect(isHyphenation('http://example.org/long-', 'path', evidence)).toBe(false)
    expect(isHyphenation('state-of-the-', 'art', evidence)).toBe(false)
  })

  it('does not count the fragments around a line-end hyphen as words', () => {
    expect(evidence.words.has('adminis')).toBe(false)
    expect(evidence.words.has('tration')).toBe(false)
    expect(evidence.compounds.has('secretary-general')).toBe(true)
  })
})
