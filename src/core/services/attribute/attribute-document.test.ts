import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeStructure } from '../ingest/analyze-text'
import { extractLeadingDate } from '../segment/extract-leading-date'
import { segmentText } from '../segment/segment-text'
import { attributeDocument, matchExisting, type DocumentAttribution } from './attribute-document'

const ARTICLE = readFileSync(new URL('../../../../resources/seed/article.txt', import.meta.url), 'utf8')

function attributeSeed(existing: Parameters<typeof attributeDocument>[3] = []): DocumentAttribution {
  const { sentences, paragraphs } = segmentText(ARTICLE, { from: extractLeadingDate(ARTICLE).bodyStart })
  return attributeDocument(ARTICLE, sentences, paragraphs, existing)
}

describe('attributeDocument on the seed article (prose mode)', () => {
  const result = attributeSeed()
  const speakerOf = (needle: string): string | null => {
    const hits = result.sentences.flatMap((s, i) => (s.text.includes(needle) ? [i] : []))
    expect(hits, needle).toHaveLength(1)
    return result.assignments[hits[0]!]!.speakerName
  }

  it('uses prose mode and proposes every speaker as new', () => {
    expect(result.mode).toBe('prose')
    expect(result.speakers).toHaveLength(10)
    expect(result.assignments).toHaveLength(49)
  })

  it('attributes reported and quoted speech', () => {
    expect(speakerOf('effectively, Blinken said.')).toBe('Antony J. Blinken')
    expect(speakerOf('defend itself, Stoltenberg said.')).toBe('Jens Stoltenberg')
    expect(speakerOf('told The Economist in an interview')).toBe('Jens Stoltenberg')
    expect(speakerOf('Dmitry Peskov, said NATO was flirting')).toBe('Dmitry Peskov')
    expect(speakerOf('he replied: They are not getting close')).toBe('Dmitry Peskov')
    expect(speakerOf('Intelligence Council, said Tuesday.')).toBe('Joseph S. Nye')
    expect(speakerOf('Mr. Nye, a professor emeritus at Harvard, emphasized')).toBe('Joseph S. Nye')
    expect(speakerOf('out of the way first, he added.')).toBe('Joseph S. Nye')
    expect(speakerOf('Seth G. Jones, a former U.S. military official')).toBe('Seth G. Jones')
    expect(speakerOf('Ukraine has a legitimate military need')).toBe('Seth G. Jones')
    expect(speakerOf('Mr Jones added that fears')).toBe('Seth G. Jones')
    expect(speakerOf('There has been no backlash')).toBe('Seth G. Jones')
    expect(speakerOf('A senior administration official said')).toBe('a senior administration official')
    // "reported to the president that …" is Blinken's account, reported speech like "said that".
    expect(speakerOf('Mr. Blinken, who returned from a sobering trip')).toBe('Antony J. Blinken')
  })

  it('gives readable cues', () => {
    const cueOf = (needle: string): string | null =>
      result.assignments[result.sentences.findIndex((s) => s.text.includes(needle))]!.cue
    expect(cueOf('effectively, Blinken said.')).toBe('Blinken said')
    expect(cueOf('he replied: They are not getting close')).toBe('he replied (→ Dmitry Peskov)')
    expect(cueOf('out of the way first, he added.')).toBe('he added (→ Joseph S. Nye)')
  })

  it('does not attribute mere mentions, unrelated sentences or the reporter credit', () => {
    expect(speakerOf("Mr. Biden doesn't have much time.")).toBeNull()
    expect(speakerOf('Eric Schmitt contributed reporting from California.')).toBeNull()
    expect(speakerOf('The United States did the same thing')).toBeNull()
    expect(speakerOf('President Vladimir V. Putin did everything')).toBeNull()
    expect(speakerOf("And Putin's threats of escalation")).toBeNull()
    const attributed = result.assignments.filter((a) => a.speakerName !== null)
    expect(attributed).toHaveLength(14)
  })

  it('reuses existing speakers matched by name or alias, case-insensitively', () => {
    const reused = attributeSeed([
      { id: 'sp-1', name: 'antony blinken', aliases: [] },
      { id: 'sp-2', name: 'Peskov', aliases: ['Dmitri Peskov'] },
      { id: 'sp-3', name: 'John Kirby', aliases: ['Kirby'] }
    ])
    const names = reused.speakers.map((s) => s.name)
    expect(names).not.toContain('Antony J. Blinken')
    expect(names).not.toContain('Dmitry Peskov')
    expect(names).toHaveLength(8)
    const blinken = reused.assignments[reused.sentences.findIndex((s) => s.text.includes('Blinken said'))]!
    expect(blinken).toEqual({ speakerName: 'antony blinken', existingSpeakerId: 'sp-1', cue: 'Blinken said' })
    const peskov = reused.assignments[reused.sentences.findIndex((s) => s.text.includes('he replied'))]!
    expect(peskov).toMatchObject({ speakerName: 'Peskov', existingSpeakerId: 'sp-2' })
  })
})

describe('attributeDocument with institutions', () => {
  it('reuses an institution speaker and never takes it for "he"', () => {
    // voa-ukraine-downs-drones, then a synthetic pronoun cue.
    const text =
      'The Pentagon said in a statement that Austin reiterated the ongoing support of the United States.\n\n' +
      '"We will stand with Ukraine," he said.'
    const { sentences, paragraphs } = segmentText(text)
    const result = attributeDocument(text, sentences, paragraphs, [
      { id: 'p', name: 'The Pentagon', aliases: ['Pentagon'], role: 'institution' }
    ])
    expect(result.assignments.map((a) => a.existingSpeakerId ?? a.speakerName)).toEqual(['p', null])
    expect(result.speakers).toEqual([])
  })
})

describe('matchExisting', () => {
  it('prefers an exact name over an alias overlap', () => {
    const existing = [
      { id: 'a', name: 'Jones', aliases: [] },
      { id: 'b', name: 'Seth G. Jones', aliases: [] }
    ]
    expect(matchExisting({ name: 'Seth G. Jones', aliases: ['Jones'] }, existing)?.id).toBe('b')
    expect(matchExisting({ name: 'Nobody', aliases: [] }, existing)).toBeNull()
  })
})

describe('attributeDocument on a transcript', () => {
  const text = [
    'MR. KIRBY: Good afternoon, everybody. Just a couple of things.',
    'The President will travel to Normandy.',
    'Q: Is the ban on strikes inside Russia being lifted?',
    'MR. KIRBY: I have nothing to announce. Next question.',
    'Q: Thank you.'
  ].join('\n\n')

  it('attributes every statement of a turn to its label speaker, without the label', () => {
    const { segmentation, turns } = analyzeStructure(text)
    const { sentences, paragraphs } = segmentation
    const result = attributeDocument(
      text,
      sentences,
      paragraphs,
      [{ id: 'k', name: 'John Kirby', aliases: ['Kirby', 'Mr. Kirby'] }],
      turns
    )
    expect(result.mode).toBe('transcript')
    expect(result.speakers).toEqual([{ name: 'Question (reporter)', aliases: ['Q'], role: null }])
    expect(result.sentences.map((s, i) => [s.text, result.assignments[i]!.speakerName])).toEqual([
      ['Good afternoon, everybody.', 'John Kirby'],
      ['Just a couple of things.', 'John Kirby'],
      ['The President will travel to Normandy.', 'John Kirby'],
      ['Is the ban on strikes inside Russia being lifted?', 'Question (reporter)'],
      ['I have nothing to announce.', 'John Kirby'],
      ['Next question.', 'John Kirby'],
      ['Thank you.', 'Question (reporter)']
    ])
    expect(result.assignments[0]).toEqual({
      speakerName: 'John Kirby',
      existingSpeakerId: 'k',
      cue: "turn label 'MR. KIRBY:'"
    })
    for (const s of result.sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
})
