import { describe, expect, it } from 'vitest'
import { speechCues } from './speech-cues'

/** The cues of a sentence as "kind:name verb", subordinate ones marked "(sub)", inverted ones "(inv)". */
const cues = (sentence: string): string[] =>
  speechCues(sentence).map(
    (c) =>
      `${c.subject.kind}:${c.subject.name}${c.subject.country ? `(${c.subject.country})` : ''} ${c.verb}` +
      `${c.subordinate ? ' (sub)' : ''}${c.inverted ? ' (inv)' : ''}`
  )

describe('speechCues', () => {
  // Sentences from the shared and collected corpora and the seed article (quotations already blanked where the
  // test is about the cue, not the masking).
  it.each([
    [
      'Denying Ukraine the ability … makes it very difficult to defend itself, Stoltenberg said.',
      ['name:Stoltenberg said']
    ],
    [
      "NATO's usually cautious outgoing leader, Jens Stoltenberg, told The Economist in an interview",
      ['name:Jens Stoltenberg told']
    ],
    [
      'Joseph S. Nye, a former U.S. military official and head of the National Intelligence Council, said Tuesday.',
      ['name:Joseph S. Nye said']
    ],
    [
      'A senior administration official said Washington had raised concerns',
      ['source:a senior administration official said']
    ],
    ['He admitted he had been wrong.', ['pronoun:he admitted']],
    [
      'The Head of State emphasized that Joseph Biden personally had been with Ukraine',
      ['epithet:Head of State emphasized']
    ],
    ['The U.S. President said he was glad to vi', ['epithet:U.S. President(United States) said']],
    [
      'The Ukrainian president said Ukraine’s collaboration with the U.S. will help',
      ['epithet:The Ukrainian president(Ukraine) said']
    ],
    ['The President of Ukraine noted that he would talk', ['epithet:President of Ukraine(Ukraine) noted']],
    [
      'Ukraine’s military said Tuesday its air defenses destroyed 18 drones',
      ['institution:Ukrainian military(Ukraine) said']
    ],
    [
      'The Ukrainian air force reported that Russia launched',
      ['institution:Ukrainian air force(Ukraine) reported']
    ],
    [
      'The Pentagon said in a statement that Austin reiterated the ongoing support',
      ['institution:The Pentagon said', 'name:Austin reiterated (sub)']
    ],
    ['Regional newspaper Etela-Saimaa reported in August that', ['institution:Etela-Saimaa reported']],
    [
      'Delegates gathering at the eleventh hour found their calls moot after Russian President Vladimir Putin, nearly an hour into the meeting, announced in a televised speech the start',
      ['name:Vladimir Putin announced (sub)']
    ],
    ['Zelenskyy also called “historic” a decision by the U.S.', ['name:Zelenskyy called']],
    ['Zelenskyy expressed gratitude to both the Biden administration', ['name:Zelenskyy expressed']],
    ['Ryder was asked about the Polish decision to suspend arms shipments to Ukraine.', []],
    ['Austin and Zelenskyy met at the Pentagon earlier in the day.', []],
    ['His national security aides are conducting what is called a very rapid process', []],
    ['It will end badly, said Mr. Jones.', ['name:Jones said (inv)']],
    [
      'Support for Ukraine is still strong, Ryder said, pointing to the recent Ukraine Defense Contact Group meeting',
      ['name:Ryder said']
    ],
    [
      'Ukrainian President Volodymyr Zelenskyy addressed the U.N. Security Council, saying, “ ”',
      ['name:Volodymyr Zelenskyy saying']
    ]
  ])('%s', (sentence, want) => {
    expect(cues(sentence)).toEqual(want)
  })
})
