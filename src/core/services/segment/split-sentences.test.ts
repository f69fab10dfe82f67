import { describe, expect, it } from 'vitest'
import { splitSentences } from './split-sentences'

function split(text: string): string[] {
  return splitSentences(text, { start: 0, end: text.length }).map((r) => text.slice(r.start, r.end))
}

describe('splitSentences keeps one sentence across', () => {
  it.each([
    ['honorifics and titles', 'Mr. Smith met Ms. Jones, Dr. Who, Gen. Mark A. Milley and Prof. Nye.'],
    ['congressional titles', 'Sen. Lindsey Graham, Rep. Adam Smith and Amb. Linda Thomas-Greenfield spoke.'],
    ['stacked ranks', 'Lt. Col. John Smith and Maj. Gen. Pat Ryder briefed Sgt. Maj. Rob Abernathy.'],
    ['initials', 'President George W. Bush, G. W. Bush and Antony J. Blinken met Ms. J. R. Doe.'],
    ['upper-case transcript labels', 'SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Thanks, Pat.'],
    ['e.g., i.e. and etc. before lowercase', 'Weapons, e.g. the HIMARS, i.e. rockets, etc. are needed.'],
    ['e.g. before a capital', 'Some papers, e.g. The Economist, agreed.'],
    ['numbered references', 'See No. 5 and p. 55 of Vol. 2 and Art. 5 of the treaty.'],
    ['times and dates', 'The talks began at 9 a.m. and ended at 5 p.m. on Jan. 5 in Washington.'],
    ['a time before a time zone', 'The gaggle is at 3 p.m. Eastern on Tuesday.'],
    [
      'U.S. and U.N. before nouns',
      'U.S. officials discussed U.S. weapons before the U.N. Security Council voted.'
    ],
    ['U.S. before a title', 'The U.S. Army and U.S. Sen. Jack Reed agreed.'],
    ['a suffix before a name', 'Martin Luther King Jr. Day is a holiday.'],
    [
      'decimals, e-mails and URLs',
      'She has $100.00, 3.5 percent, jane.doe@example.com and https://a.example.org/x.html here.'
    ],
    ['an exclamation word', 'She works at Yahoo! in the accounting department.'],
    ['a quote ending before lowercase', 'She turned to him, "This is great." she said.'],
    ['a question in quotes', '“Why now?” he asked.'],
    ['a parenthesis', 'He teaches science (He previously worked as an engineer.) at the local University.'],
    [
      'spaced and unspaced ellipses mid-sentence',
      'I wasn’t really ... well, what I mean...see . . . what I mean.'
    ],
    ['a turn opened by Q.', 'Q. How confident are you that there isn’t another city that falls?'],
    ['a Roman-numbered heading', 'II. The second part.'],
    ['a hard-wrapped line', 'I ask unanimous consent that all \nMembers have 5 legislative days.']
  ])('%s', (_name, text) => {
    expect(split(text)).toEqual([text])
  })
})

describe('splitSentences splits', () => {
  it.each([
    [
      'after an acronym before a sentence opener',
      'I live in the U.S. How about you?',
      ['I live in the U.S.', 'How about you?']
    ],
    [
      'after a.m./p.m. before a sentence opener',
      'He left at 5 p.m. The meeting went on.',
      ['He left at 5 p.m.', 'The meeting went on.']
    ],
    [
      'after a company',
      'They closed the deal with Pitt, Briggs & Co. It closed.',
      ['They closed the deal with Pitt, Briggs & Co.', 'It closed.']
    ],
    [
      'after "I" ending a sentence',
      'We make a good team, you and I. Did you see Albert I. Jones?',
      ['We make a good team, you and I.', 'Did you see Albert I. Jones?']
    ],
    ['after "said."', '"We will not," he said. Then he left.', ['"We will not," he said.', 'Then he left.']],
    [
      'after a closing quote',
      'The session "has ended." The next one starts soon.',
      ['The session "has ended."', 'The next one starts soon.']
    ],
    [
      'inside a quotation',
      '“Give peace a chance. Too many people have already died.”',
      ['“Give peace a chance.', 'Too many people have already died.”']
    ],
    [
      'around a stage direction',
      'You’re late. (Laughter.) Let the record reflect it.',
      ['You’re late.', '(Laughter.)', 'Let the record reflect it.']
    ],
    [
      'after short answers',
      'MR MILLER: No. No. They have rejected it.',
      ['MR MILLER: No.', 'No.', 'They have rejected it.']
    ],
    [
      'on two spaces',
      'Thanks.  Good to be with you.  Next question?',
      ['Thanks.', 'Good to be with you.', 'Next question?']
    ],
    [
      'after a number',
      'It rose to 3. It then fell to 4. Analysts were surprised.',
      ['It rose to 3.', 'It then fell to 4.', 'Analysts were surprised.']
    ],
    [
      'after an ellipsis before a capital',
      'He said he would come... He never did… We waited.',
      ['He said he would come...', 'He never did…', 'We waited.']
    ],
    [
      'after a detached period',
      'Hearing . Welcome General Cavala , General Van Ovo .',
      ['Hearing .', 'Welcome General Cavala , General Van Ovo .']
    ],
    ['after repeated marks', 'What?! No!! Really?', ['What?!', 'No!!', 'Really?']],
    [
      'a time line above a labelled turn (real White House gaggle)',
      '11:07 A.M. EST\nMODERATOR:  Good morning, everyone.  Thanks so much for joining.  As a reminder for ' +
        'these calls, these are on the record.',
      [
        '11:07 A.M. EST',
        'MODERATOR:  Good morning, everyone.',
        'Thanks so much for joining.',
        'As a reminder for these calls, these are on the record.'
      ]
    ]
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected)
  })

  it('list items, one per statement', () => {
    expect(split('Our priorities: 1. Air defence 2. Artillery 3. Armour')).toEqual([
      'Our priorities:',
      '1. Air defence',
      '2. Artillery',
      '3. Armour'
    ])
    expect(split('• Ammunition • Air defence • Armour')).toEqual([
      '• Ammunition',
      '• Air defence',
      '• Armour'
    ])
    expect(split('a) The first item b) The second item')).toEqual(['a) The first item', 'b) The second item'])
  })

  it('photo captions line by line (real DoD page)', () => {
    const block =
      'Secretary of Defense Lloyd J. Austin III and Ukrainian Defense Minister Oleksii Reznikov attend the third ' +
      'meeting of the Ukraine Defense Contact Group at NATO headquarters in Brussels, Jun. 15, 2022.\n' +
      'Photo By: Chad McNeeley, DOD\nVIRIN: 220615-D-TT977-0228\nOfficials sit at a large round table.\n' +
      'Contact Group Meeting\nSecretary of Defense Lloyd J. Austin III hosts the third meeting.'
    expect(split(block).slice(1)).toEqual([
      'Photo By: Chad McNeeley, DOD',
      'VIRIN: 220615-D-TT977-0228',
      'Officials sit at a large round table.',
      'Contact Group Meeting',
      'Secretary of Defense Lloyd J. Austin III hosts the third meeting.'
    ])
  })

  it('hard-wrapped Congressional Record text only at its sentence ends (real excerpt)', () => {
    const text =
      'Mr. DIAZ-BALART. Mr. Speaker, I ask unanimous consent that all \n' +
      'Members have 5 legislative days to revise and extend their remarks and \n' +
      'include extraneous materials on H.R. 8035.\n' +
      '  The SPEAKER pro tempore. Is there objection to the request of the \n' +
      'gentleman from Florida?'
    expect(split(text)).toEqual([
      'Mr. DIAZ-BALART.',
      'Mr. Speaker, I ask unanimous consent that all \nMembers have 5 legislative days to revise and extend ' +
        'their remarks and \ninclude extraneous materials on H.R. 8035.',
      'The SPEAKER pro tempore.',
      'Is there objection to the request of the \ngentleman from Florida?'
    ])
  })

  it('only within the given range, with offsets into the whole text', () => {
    const text = 'Before. One here. Two here. After.'
    const start = text.indexOf('One')
    const end = text.indexOf(' After')
    expect(splitSentences(text, { start, end })).toEqual([
      { start, end: start + 'One here.'.length },
      { start: text.indexOf('Two'), end }
    ])
  })
})

describe('splitSentences on long input', () => {
  const timed = (text: string): { ms: number; count: number } => {
    const t0 = performance.now()
    const count = splitSentences(text, { start: 0, end: text.length }).length
    return { ms: performance.now() - t0, count }
  }

  // Linear work takes about a second at most on these shapes on a loaded 2-core machine; a regex that
  // backtracks (quadratic or worse) on a 2 M-character line would take minutes.
  it.each([
    ['one 2 M-character word', 'a'.repeat(2_000_000)],
    ['400 000 words with no sentence end', 'word '.repeat(400_000)],
    ['titles that never end a sentence', 'Mr. '.repeat(500_000)],
    ['a spaced ellipsis 2 M characters long', '. '.repeat(1_000_000)]
  ])('a line of %s is one sentence, in linear time', (_name, text) => {
    const { ms, count } = timed(text)
    expect(count).toBe(1)
    expect(ms).toBeLessThan(15_000)
  })
})
