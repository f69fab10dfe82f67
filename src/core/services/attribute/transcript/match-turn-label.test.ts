import { describe, expect, it } from 'vitest'
import { matchTurnLabel } from './match-turn-label'

/** [line, kind, core, name, strength, where the turn's words start] */
const LABELS: [string, string, string, string | null, number, string][] = [
  ['MR. KIRBY:  Thanks, everybody.', 'person', 'MR. KIRBY', 'KIRBY', 3, 'Thanks'],
  ['MS. JEAN-PIERRE:\u00a0 Good afternoon.', 'person', 'MS. JEAN-PIERRE', 'JEAN-PIERRE', 3, 'Good'],
  ['MR MILLER: Good afternoon, everyone.', 'person', 'MR MILLER', 'MILLER', 3, 'Good'],
  ['SECRETARY AUSTIN: We are ready.', 'person', 'SECRETARY AUSTIN', 'AUSTIN', 3, 'We'],
  [
    'SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Thanks, Pat.',
    'person',
    'SECRETARY OF DEFENSE LLOYD J. AUSTIN III',
    'LLOYD J. AUSTIN III',
    3,
    'Thanks'
  ],
  ['THE PRESIDENT: Thank you very much.', 'role', 'THE PRESIDENT', null, 3, 'Thank'],
  ['PRESIDENT TRUMP:\u00a0 Hello, everybody.', 'person', 'PRESIDENT TRUMP', 'TRUMP', 3, 'Hello'],
  ['SECRETARY GENERAL RUTTE:  Absolutely.', 'person', 'SECRETARY GENERAL RUTTE', 'RUTTE', 3, 'Absolutely'],
  ['Q Thanks. What about Kharkiv?', 'question', 'Q', null, 3, 'Thanks'],
  ['Q:  Can you sum them up for us?', 'question', 'Q', null, 3, 'Can'],
  ['Q.\u00a0 How confident are you?', 'question', 'Q', null, 3, 'How'],
  ['Q\u00a0\u00a0\u00a0 Thank you, Karine.', 'question', 'Q', null, 3, 'Thank'],
  ['QUESTION: Welcome.', 'question', 'QUESTION', null, 3, 'Welcome'],
  ['Question:  Martin, is there any feedback?', 'question', 'Question', null, 3, 'Martin'],
  ['MODERATOR:  Good morning, everyone.', 'role', 'MODERATOR', null, 3, 'Good'],
  ['OPERATOR: Welcome to the call.', 'role', 'OPERATOR', null, 3, 'Welcome'],
  ['STAFF: Thank you very much.', 'role', 'STAFF', null, 3, 'Thank'],
  ['SENIOR ADMINISTRATION OFFICIAL:  Great.', 'role', 'SENIOR ADMINISTRATION OFFICIAL', null, 3, 'Great'],
  ['The President. I spoke with Zelenskyy.', 'role', 'The President', null, 3, 'I spoke'],
  ['President Zelenskyy. Thank you.', 'person', 'President Zelenskyy', 'Zelenskyy', 3, 'Thank'],
  [
    '  Mr. DIAZ-BALART. Mr. Speaker, I ask unanimous consent',
    'person',
    'Mr. DIAZ-BALART',
    'DIAZ-BALART',
    3,
    'Mr. Speaker'
  ],
  ['  The SPEAKER pro tempore. Is there objection?', 'role', 'The SPEAKER pro tempore', null, 3, 'Is there'],
  [
    'Chairman MCCAUL. The committee will come to order.',
    'person',
    'Chairman MCCAUL',
    'MCCAUL',
    3,
    'The committee'
  ],
  [
    'Yevgeny Poddubny: Good afternoon, Mr President.',
    'person',
    'Yevgeny Poddubny',
    'Yevgeny Poddubny',
    2,
    'Good'
  ],
  [
    'President of Russia Vladimir Putin: I am very happy.',
    'person',
    'President of Russia Vladimir Putin',
    'Vladimir Putin',
    3,
    'I am'
  ],
  ['Ms. DiCarlo: Earlier today, the authorities', 'person', 'Ms. DiCarlo', 'DiCarlo', 2, 'Earlier'],
  ['Spokesperson:  The Secretary-General continues', 'role', 'Spokesperson', null, 2, 'The Secretary'],
  ['Jane Smith (Moderator): Welcome back.', 'person', 'Jane Smith', 'Jane Smith', 2, 'Welcome'],
  [
    'CAROLYN PRESUTTI, VOA Senior Washington Correspondent:',
    'person',
    'CAROLYN PRESUTTI',
    'CAROLYN PRESUTTI',
    3,
    ''
  ],
  ['Unidentified Narrator:', 'role', 'Unidentified Narrator', null, 3, ''],
  ['Baroness Goldie:', 'person', 'Baroness Goldie', 'Goldie', 3, ''],
  ['[Stoltenberg] Allies agree.', 'person', 'Stoltenberg', 'Stoltenberg', 2, 'Allies'],
  ['**Blinken:** Because conditions changed.', 'person', 'Blinken', 'Blinken', 2, 'Because'],
  ['**Adam Stacoviak:** Welcome back everyone.', 'person', 'Adam Stacoviak', 'Adam Stacoviak', 3, 'Welcome'],
  ['BLINKEN — We are ready.', 'person', 'BLINKEN', 'BLINKEN', 2, 'We are'],
  ['Speaker 1 (00:01:23): So what happened next?', 'role', 'Speaker 1', null, 3, 'So what'],
  ['Jane Doe (00:01:23): It went well.', 'person', 'Jane Doe', 'Jane Doe', 3, 'It went'],
  ['Jane Doe  0:03', 'person', 'Jane Doe', 'Jane Doe', 3, ''],
  ['[00:01:23] Jane Doe: It went well.', 'person', 'Jane Doe', 'Jane Doe', 2, 'It went'],
  ['>> SENATOR REED: Good morning.', 'person', 'SENATOR REED', 'REED', 3, 'Good'],
  [
    'James Heappey Portrait The Minister for Armed Forces (James Heappey)',
    'person',
    'James Heappey',
    'James Heappey',
    3,
    ''
  ],
  [
    'Photo of Baroness Goldie Baroness Goldie Lord in Waiting (HM Household) (Whip)',
    'person',
    'Baroness Goldie',
    'Goldie',
    3,
    ''
  ]
]

const NOT_LABELS = [
  'Note: this is a draft.',
  'Update: the story was corrected.',
  "Editor's note: names changed.",
  'Key points: three things.',
  'A senior official said no.',
  "Let's be clear about this: Ukraine's decision",
  'The Inside Story: Russia – Ukraine Year 2',
  'Show Open:',
  'PROMISE MADE: “We will close the border.”',
  'Third, and perhaps most important: we will respond.',
  'Q3 results were bad.',
  'Thank you. I appreciate it.',
  'NATO is critical to our survival.',
  'Ukraine/U.S. Assistance',
  '11:07 A.M. EST',
  'https://www.whitehouse.gov/briefing-room/',
  '10:10 p.m.: The Conflict Observatory said',
  'Date: 2024-05-30',
  'TRANSCRIPT:',
  'Break: [00:55]',
  ' 3   argument this morning in Case Number 11-398',
  '12 people were hurt: the ministry said so.'
]

describe('matchTurnLabel', () => {
  it.each(LABELS)('%s', (line, kind, core, name, strength, rest) => {
    const m = matchTurnLabel(line)
    expect(m).not.toBeNull()
    expect({ kind: m!.kind, core: m!.core, name: m!.name, strength: m!.strength }).toEqual({
      kind,
      core,
      name,
      strength
    })
    expect(line.slice(m!.end).startsWith(rest)).toBe(true)
    expect(m!.alone).toBe(rest === '')
  })

  it.each(NOT_LABELS)('is not a label: %s', (line) => {
    expect(matchTurnLabel(line)).toBeNull()
  })
})
