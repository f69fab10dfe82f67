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

  it('follows a pronoun subject back to whom it means, past the people it mentions', () => {
    // Synthetic, in the shape of a news paragraph run: the middle sentence's "she" is the resident, not her girls.
    const r = run(
      'Alia Skrypka, 35, believed the city was safe.\n\nNow she is considering whether to move her two girls, ' +
        'Milla, 7 and Myroslava, 4, elsewhere.\n\n"I\'m not sure we are safe," she told Reuters.',
      [
        { id: 'alia', name: 'Alia Skrypka', aliases: ['Skrypka'] },
        { id: 'myroslava', name: 'Myroslava', aliases: [] }
      ]
    )
    expect(r.map((x) => x.speakerId)).toEqual([null, null, 'alia'])
  })

  it('does not let a pronoun reach past an unnamed role who spoke last', () => {
    // Synthetic: the role ("the acting president") is the last person-like mention before "He said".
    const r = run(
      "Mr. Peskov's comments came hours after the acting president said rebels downed the aircraft. " +
        'He said 14 servicemen died.'
    )
    expect(r.map((x) => x.speakerId)).toEqual([null, null])
  })
})

/** Real paragraphs from the shared and collected corpora, with the people the text names as speakers. */
describe('attributeStatements on real prose', () => {
  const speakers: KnownSpeaker[] = [
    {
      id: 'z',
      name: 'Volodymyr Zelenskyy',
      aliases: ['Zelenskyy'],
      offices: [{ office: 'president', country: 'Ukraine' }],
      at: 0
    },
    {
      id: 'b',
      name: 'Joseph Biden',
      aliases: ['Biden'],
      offices: [{ office: 'president', country: 'United States' }],
      at: 1
    },
    {
      id: 'a',
      name: 'Lloyd J. Austin III',
      aliases: ['Austin'],
      offices: [{ office: 'defense secretary', country: null }]
    },
    {
      id: 'r',
      name: 'Pat Ryder',
      aliases: ['Ryder'],
      offices: [
        { office: 'press secretary', country: null },
        { office: 'general', country: null }
      ]
    },
    {
      id: 'g',
      name: 'António Guterres',
      aliases: ['Guterres'],
      offices: [{ office: 'secretary-general', country: null }]
    },
    { id: 'pentagon', name: 'The Pentagon', aliases: [], kind: 'institution' }
  ]
  const who = (text: string) => run(text, speakers).map((x) => x.speakerId)

  it.each([
    // presgovua: a quotation over two sentences takes the cue at its end
    [
      'Volodymyr Zelenskyy noted that the visit was important.\n\n"Thank you very much, Mr. President. This is a significant moment of support for Ukraine," he said.',
      ['z', 'z', 'z']
    ],
    // presgovua: epithets, qualifier-aware; the Head of State is the publisher's first-named president
    [
      'President of Ukraine Volodymyr Zelenskyy met with President of the United States Joseph Biden.\n\nThe Head of State emphasized that Joseph Biden had been with Ukraine.\n\n"I think it would be critically important to leave no doubt," the U.S. President said.',
      [null, 'z', 'b']
    ],
    // un-press-sc14803: a quotation-only sentence after a quoted one goes on with its speaker
    [
      'United Nations Secretary-General António Guterres said he had been wrong.  “If indeed an operation is being prepared, President Putin, stop your troops,” he urged.  “Give peace a chance.  Too many people have already died.”',
      ['g', 'g', 'g', 'g']
    ],
    // dod-news-contact-group: a name inside the quotation is not a cue; the quotation goes on with Austin
    [
      'Austin told the nations that the stakes are too high.\n\n"Ukraine is facing a pivotal moment on the battlefield," he said. "We\'re seeing what [Ukrainian] President [Volodymyr] Zelenskyy warned us about."',
      ['a', 'a', 'a']
    ],
    // dod-news-austin-zelenskyy: a closing ", Ryder said" frames the whole sentence, and "the general" is Ryder
    [
      'Austin highlighted "his personal commitment," Ryder said. "There was also an opportunity to discuss Ukraine\'s longer term capability requirements."\n\nRyder was asked about the Polish decision. "It\'s a sovereign decision for any country," the general said.',
      ['r', 'r', null, 'r']
    ],
    // voa-ukraine-downs-drones: an institution speaks
    [
      'The Pentagon said in a statement that Austin reiterated the ongoing support of the United States.',
      ['pentagon']
    ],
    // un-press-sc14803: the speaker of a subordinate clause is not the sentence's
    [
      'Delegates found their calls moot after Volodymyr Zelenskyy announced in a televised speech the start.',
      [null]
    ]
  ])('%s', (text, want) => {
    expect(who(text)).toEqual(want)
  })
})
