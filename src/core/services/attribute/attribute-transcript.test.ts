import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentText } from '../segment/segment-text'
import {
  detectTranscriptTurns,
  excludeTurnLabels,
  matchTurnLabel,
  speakerFromLabel
} from './attribute-transcript'

function turnsOf(text: string): { label: string; body: string }[] | null {
  const { paragraphs } = segmentText(text)
  const turns = detectTranscriptTurns(text, paragraphs)
  return turns && turns.map((t) => ({ label: t.label, body: text.slice(t.labelEnd, t.end) }))
}

const BRIEFING = [
  'PRESS BRIEFING, THE WHITE HOUSE',
  'MR. KIRBY: Good afternoon. I have a few things at the top.',
  'The President spoke with allies today.',
  'Q: John, is the ban being lifted?',
  'MR. KIRBY: No decision has been made. We are looking at it.',
  'QUESTION: Follow-up on Ukraine?',
  'SECRETARY BLINKEN: We will adapt. Thank you.'
].join('\n\n')

describe('detectTranscriptTurns', () => {
  it('detects uppercase labels, Q: and QUESTION:, with unlabelled paragraphs continuing a turn', () => {
    expect(turnsOf(BRIEFING)).toEqual([
      {
        label: 'MR. KIRBY',
        body: 'Good afternoon. I have a few things at the top.\n\nThe President spoke with allies today.'
      },
      { label: 'Q', body: 'John, is the ban being lifted?' },
      { label: 'MR. KIRBY', body: 'No decision has been made. We are looking at it.' },
      { label: 'QUESTION', body: 'Follow-up on Ukraine?' },
      { label: 'SECRETARY BLINKEN', body: 'We will adapt. Thank you.' }
    ])
  })

  it('detects markdown bold labels', () => {
    const text =
      '**Interviewer:** Why now?\n\n**Blinken:** Because conditions changed.\n\n**Interviewer**: And next?'
    expect(turnsOf(text)?.map((t) => [t.label, t.body])).toEqual([
      ['Interviewer', 'Why now?'],
      ['Blinken', 'Because conditions changed.'],
      ['Interviewer', 'And next?']
    ])
  })

  it('detects dash labels and bracketed labels', () => {
    const dash = 'BLINKEN — We are ready.\nLAVROV – We are not.\nBLINKEN -- Then we wait.'
    expect(turnsOf(dash)?.map((t) => t.label)).toEqual(['BLINKEN', 'LAVROV', 'BLINKEN'])
    const bracket = '[Stoltenberg] Allies agree.\n\n[Reporter] Do they?\n\n[Stoltenberg] Yes.'
    expect(turnsOf(bracket)?.map((t) => [t.label, t.body])).toEqual([
      ['Stoltenberg', 'Allies agree.'],
      ['Reporter', 'Do they?'],
      ['Stoltenberg', 'Yes.']
    ])
  })

  it('detects mixed-case name labels and bare "Q " labels', () => {
    const text =
      'Q Thanks. What about Kharkiv?\n\nJohn Smith: It is holding.\n\nQ And Moscow?\n\nJohn Smith: No comment.'
    expect(turnsOf(text)?.map((t) => [t.label, t.body])).toEqual([
      ['Q', 'Thanks. What about Kharkiv?'],
      ['John Smith', 'It is holding.'],
      ['Q', 'And Moscow?'],
      ['John Smith', 'No comment.']
    ])
  })

  it('returns null for prose, including the seed article', () => {
    const article = readFileSync(new URL('../../../../resources/seed/article.txt', import.meta.url), 'utf8')
    expect(turnsOf(article)).toBeNull()
    expect(turnsOf('Note: draft.\n\nA senior official said no.\n\nQ3 results were bad.')).toBeNull()
    expect(turnsOf('SMITH: One.\n\nMore prose.\n\nEven more.\n\nAnd more.\n\nStill more.')).toBeNull()
    expect(turnsOf('')).toBeNull()
  })
})

describe('excludeTurnLabels', () => {
  it('cuts labels off statements and drops label-only sentences', () => {
    const { paragraphs, sentences } = segmentText(BRIEFING)
    const turns = detectTranscriptTurns(BRIEFING, paragraphs)!
    const stripped = excludeTurnLabels(BRIEFING, sentences, turns)
    const texts = stripped.map((s) => s.text)
    expect(texts).toContain('Good afternoon.')
    expect(texts).toContain('John, is the ban being lifted?')
    expect(texts).toContain('We will adapt.')
    expect(texts.some((t) => /KIRBY|QUESTION|BLINKEN|^Q:/.test(t))).toBe(false)
    for (const s of stripped) expect(BRIEFING.slice(s.start, s.end)).toBe(s.text)
    const onlyLabel = [{ start: 0, end: 2, text: 'Q:' }]
    expect(excludeTurnLabels('Q: x', onlyLabel, [{ start: 0, end: 4, label: 'Q', labelEnd: 3 }])).toEqual([])
  })
})

describe('matchTurnLabel and speakerFromLabel', () => {
  it('ignores headings and ordinary sentences', () => {
    expect(matchTurnLabel('Note: this is a draft.')).toBeNull()
    expect(matchTurnLabel('A senior official said no.')).toBeNull()
    expect(matchTurnLabel('MR. KIRBY:')).toBeNull()
  })

  it('turns labels into speakers', () => {
    expect(speakerFromLabel('MR. KIRBY')).toEqual({
      name: 'Kirby',
      aliases: ['MR. KIRBY', 'Mr. Kirby', 'Mr Kirby'],
      role: null
    })
    expect(speakerFromLabel('SECRETARY BLINKEN')).toEqual({
      name: 'Blinken',
      aliases: ['SECRETARY BLINKEN', 'Secretary Blinken'],
      role: 'Secretary'
    })
    expect(speakerFromLabel('Q').name).toBe('Questioner')
    expect(speakerFromLabel('QUESTION').name).toBe('Questioner')
    expect(speakerFromLabel('John Smith')).toEqual({ name: 'John Smith', aliases: [], role: null })
  })
})
