import { describe, expect, it } from 'vitest'
import { segmentText } from '../segment/segment-text'
import { attributeStatements, type KnownSpeaker } from './attribute-statements'

const SPEAKERS: KnownSpeaker[] = [
  { id: 'jones', name: 'Seth G. Jones', aliases: ['Jones', 'Mr. Jones', 'Mr Jones'] },
  { id: 'peskov', name: 'Dmitry Peskov', aliases: ['Peskov', 'Mr. Peskov'] },
  { id: 'putin', name: 'Vladimir V. Putin', aliases: ['Putin', 'Mr. Putin', 'President Putin'] },
  { id: 'src', name: 'a senior administration official', aliases: ['the senior administration official'] }
]

function run(
  text: string,
  speakers = SPEAKERS
): { text: string; speakerId: string | null; cue: string | null }[] {
  const { sentences } = segmentText(text)
  return attributeStatements(text, sentences, speakers).map((a, i) => ({ text: sentences[i]!.text, ...a }))
}

describe('attributeStatements', () => {
  it('attributes trailing, leading and inverted named cues', () => {
    const r = run(
      'The war is long, Jones said. Mr Jones added that it was costly. ' +
        'It will end badly, said Mr. Jones. Nothing changed, according to Peskov.'
    )
    expect(r.map((x) => [x.speakerId, x.cue])).toEqual([
      ['jones', 'Jones said'],
      ['jones', 'Mr Jones added'],
      ['jones', 'said Mr. Jones'],
      ['peskov', 'according to Peskov']
    ])
  })

  it('skips appositives and clauses between a speaker and the verb', () => {
    const r = run(
      'Peskov, asked about Putin, said the West was at war. ' +
        'Seth G. Jones, a former official who directs a program in Washington, has repeatedly warned of risks.'
    )
    expect(r.map((x) => x.speakerId)).toEqual(['peskov', 'jones'])
    expect(r[1]!.cue).toBe('Seth G. Jones, …, has repeatedly warned')
  })

  it('matches unnamed sources case-insensitively', () => {
    const r = run('A senior administration official said talks had stalled.')
    expect(r[0]).toMatchObject({ speakerId: 'src', cue: 'A senior administration official said' })
  })

  it('resolves pronoun cues to the most recent speaker, ignoring names inside the quote', () => {
    const r = run(
      'Mr. Peskov spoke to reporters on Monday.\n\nPutin will win in the end, he said. ' +
        'The crowd was silent. Asked about the talks, he replied: Nothing is agreed.'
    )
    expect(r.map((x) => x.speakerId)).toEqual([null, 'peskov', null, 'peskov'])
    expect(r[1]!.cue).toBe('he said (→ Dmitry Peskov)')
    expect(r[3]!.cue).toBe('he replied (→ Dmitry Peskov)')
  })

  it('does not resolve pronouns beyond the previous paragraph', () => {
    const r = run('Jones said nothing.\n\nThe weather was bad.\n\nIt is over, he said.')
    expect(r.map((x) => x.speakerId)).toEqual(['jones', null, null])
  })

  it('does not attribute mere mentions or the sentence after a quote without a cue', () => {
    const r = run(
      "Mr. Putin doesn't have much time. Jones said the army was tired. It had lost men. " +
        "Putin's threats were empty."
    )
    expect(r.map((x) => x.speakerId)).toEqual([null, 'jones', null, null])
  })

  it('works without speakers and on empty input', () => {
    expect(run('He said so.', [])).toEqual([{ text: 'He said so.', speakerId: null, cue: null }])
    expect(attributeStatements('', [], SPEAKERS)).toEqual([])
  })
})
