import { describe, expect, it } from 'vitest'
import type { Speaker } from '../../../shared/domain'
import { ingestText } from './ingest-text'

/** Imports `text` and lists each statement as "speaker: text" ("-" for nobody), and the speakers created. */
function who(text: string, known: Speaker[] = []) {
  const { bundle, newSpeakers } = ingestText({ text, title: 't', publishedAt: null }, known)
  const all = [...known, ...newSpeakers]
  const name = (id: string | null) => (id ? all.find((s) => s.id === id)!.name : '-')
  return {
    lines: bundle.statements.map((s) => `${name(s.speakerId)}: ${s.text}`),
    speakers: newSpeakers.map((s) => s.name),
    bundle,
    newSpeakers
  }
}

describe('transcripts', () => {
  it('a short White House excerpt: two turns, the header lines are not statements, MR. KIRBY takes the name the header gives', () => {
    const text = [
      'On-the-Record Press Gaggle by White House National Security Communications Advisor John Kirby',
      'Via Teleconference',
      '11:07 A.M. EST',
      'MODERATOR:  Good morning, everyone.  Thanks so much for joining.',
      'We’ll kick it off to Kirby at the top.',
      'MR. KIRBY:  Thanks, everybody.  I just want to take a couple of minutes.'
    ].join('\n')
    const r = who(text)
    expect(r.lines).toEqual([
      'Moderator: Good morning, everyone.',
      'Moderator: Thanks so much for joining.',
      'Moderator: We’ll kick it off to Kirby at the top.',
      'John Kirby: Thanks, everybody.',
      'John Kirby: I just want to take a couple of minutes.'
    ])
    expect(r.speakers).toEqual(['Moderator', 'John Kirby'])
    const kirby = r.newSpeakers.find((s) => s.name === 'John Kirby')!
    expect(kirby.role).toBe('National Security Communications Advisor')
    expect(kirby.aliases).toEqual(expect.arrayContaining(['MR. KIRBY', 'Kirby']))
  })

  it('the American Presidency Project: "The President." is the person the header names; headings belong to nobody', () => {
    const text = [
      'Joe Biden',
      '',
      'Remarks on United States Assistance to Ukraine',
      '',
      'February 19, 2024',
      '',
      'The President. I spoke with Zelenskyy this afternoon.',
      '',
      'Ukraine/U.S. Assistance',
      '',
      'Q. How confident are you?',
      '',
      'The President. I’m not. No one can be.'
    ].join('\n')
    const r = who(text)
    expect(r.lines).toEqual([
      'Joe Biden: I spoke with Zelenskyy this afternoon.',
      '-: Ukraine/U.S. Assistance',
      'Question (reporter): How confident are you?',
      'Joe Biden: I’m not.',
      'Joe Biden: No one can be.'
    ])
    expect(r.speakers).toEqual(['Joe Biden', 'Question (reporter)'])
  })

  it('"THE PRESIDENT:" in a White House text is the sitting president on its date', () => {
    const text =
      'THE WHITE HOUSE\n\nJuly 26, 1993\n\nTHE PRESIDENT: Thank you very much. Please sit down.\n\nQ: Mr. President, a question.'
    const { bundle, newSpeakers } = ingestText({ text, title: 't', publishedAt: '1993-07-26' }, [])
    expect(newSpeakers.map((s) => s.name)).toEqual(['Bill Clinton', 'Question (reporter)'])
    expect(bundle.statements.filter((s) => s.speakerId === newSpeakers[0]!.id)).toHaveLength(2)
    // Without a White House signal, the office is only a role.
    expect(who('THE PRESIDENT: Thank you.\n\nQ: A question?').speakers).toEqual([
      'President',
      'Question (reporter)'
    ])
  })

  it('a role label takes the name the introduction gives it', () => {
    const text = [
      'The following is a near-verbatim transcript of today’s briefing by Martin Nesirky, Spokesperson for the Secretary-General.',
      '',
      'Spokesperson:  The Secretary-General continues to follow events.',
      '',
      'Question:  Martin, is there any feedback?'
    ].join('\n')
    expect(who(text).lines.slice(1)).toEqual([
      'Martin Nesirky: The Secretary-General continues to follow events.',
      'Question (reporter): Martin, is there any feedback?'
    ])
  })

  it('the Congressional Record: indented paragraphs, labels ending in a period, the presiding officer named once in the chair', () => {
    const text = [
      '  Mr. DIAZ-BALART. Mr. Speaker, I ask unanimous consent that all ',
      'Members have 5 legislative days.',
      '  The SPEAKER pro tempore. Is there objection to the request of the ',
      'gentleman from Florida?',
      '  There was no objection.',
      '  Accordingly, the House resolved itself into the Committee of the Whole, with Ms. Foxx in the ',
      'chair.',
      '  The SPEAKER pro tempore. The gentleman from Florida (Mr. Diaz-Balart) will control 15 minutes.'
    ].join('\n')
    expect(who(text).lines).toEqual([
      'Diaz-Balart: Mr. Speaker, I ask unanimous consent that all \nMembers have 5 legislative days.',
      'Speaker pro tempore: Is there objection to the request of the \ngentleman from Florida?',
      '-: There was no objection.',
      '-: Accordingly, the House resolved itself into the Committee of the Whole, with Ms. Foxx in the \nchair.',
      'Foxx: The gentleman from Florida (Mr. Diaz-Balart) will control 15 minutes.'
    ])
  })

  it('interview labels, Hansard portrait lines, a TV script with labels on their own lines', () => {
    const kremlin =
      'Yevgeny Poddubny: Good afternoon.\nPresident of Russia Vladimir Putin: I am happy to see you.\nYevgeny Poddubny: Thank you.\nVladimir Putin: Excellent.'
    const r = who(kremlin)
    expect(r.speakers).toEqual(['Yevgeny Poddubny', 'Vladimir Putin'])
    expect(r.newSpeakers[1]!.role).toBe('President of Russia')
    const hansard = [
      'James Heappey Portrait The Minister for Armed Forces (James Heappey)',
      '- View Speech - Hansard - - - Excerpts',
      '',
      'I beg to move.',
      '',
      'Baroness Laing of Elderslie Portrait Madam Deputy Speaker (Dame Eleanor Laing)',
      '- Hansard - - - Excerpts',
      '',
      'Order. That is a very long intervention.'
    ].join('\n')
    expect(who(hansard).lines.filter((l) => !l.startsWith('-'))).toEqual(
      expect.arrayContaining(['James Heappey: I beg to move.', 'Eleanor Laing: Order.'])
    )
    const script =
      'Unidentified Narrator:\n\nAnother day of bombing.\n\nAliona, Kyiv Resident:\n\nWe survive every day.'
    expect(who(script).lines).toEqual([
      'Unidentified Narrator: Another day of bombing.',
      'Aliona: We survive every day.'
    ])
  })

  it('timestamped exports (Rev, Otter) and Markdown labels', () => {
    const rev = 'Jane Doe (00:00:03):\nWelcome to the show.\n\nJohn Roe (00:00:09):\nThanks for having me.'
    expect(who(rev).lines).toEqual(['Jane Doe: Welcome to the show.', 'John Roe: Thanks for having me.'])
    const otter =
      'Jane Doe  0:03\nWelcome to the show.\n\nJohn Roe  0:09\nThanks for having me.\n\nJane Doe  0:15\nGreat.'
    expect(who(otter).lines).toEqual([
      'Jane Doe: Welcome to the show.',
      'John Roe: Thanks for having me.',
      'Jane Doe: Great.'
    ])
    const md =
      '**Interviewer:** Why now?\n\n**Blinken:** Because conditions changed.\n\n**Interviewer:** And next?'
    expect(who(md).lines).toEqual([
      'Interviewer: Why now?',
      'Blinken: Because conditions changed.',
      'Interviewer: And next?'
    ])
  })

  it('prose with Note:, Update: or a quoted "Name:" line stays prose; candidates without statements are not speakers', () => {
    const prose = [
      'Note: this story has been updated.',
      'The talks stalled on Friday, officials in Kyiv and Washington said, as the two sides traded accusations over the ceasefire lines and the prisoners.',
      'Zelenskyy: We will not give up.',
      'President Vladimir Putin did not comment, and German Chancellor Olaf Scholz was travelling.',
      'Update: the meeting was moved to Monday.'
    ].join('\n\n')
    const r = who(prose)
    expect(r.lines.some((l) => l.startsWith('Zelenskyy:') && l.includes('Update'))).toBe(false)
    expect(r.speakers).not.toContain('Vladimir Putin')
    expect(r.speakers).not.toContain('Olaf Scholz')
  })

  it('a label naming a known speaker by surname or another spelling reuses that speaker', () => {
    const known: Speaker[] = [
      { id: 'sp-z', name: 'Volodymyr Zelensky', aliases: ['Zelensky'], role: 'President of Ukraine' },
      { id: 'sp-k', name: 'John Kirby', aliases: [], role: null }
    ]
    const text =
      'President Zelenskyy. Thank you.\n\nQ. A question?\n\nPresident Zelenskyy. An answer.\n\nMR. KIRBY: And mine.'
    const r = who(text, known)
    expect(r.speakers).toEqual(['Question (reporter)'])
    expect(r.bundle.statements.map((s) => s.speakerId)).toEqual(['sp-z', expect.any(String), 'sp-z', 'sp-k'])
  })

  it('a direct quotation credited by name inside a turn is that person’s; reported speech stays the speaker’s', () => {
    const text = [
      'MR. KIRBY:  Secretary Blinken spoke to Foreign Minister Dmytro Kuleba today.',
      '“We will not back down,” Kuleba said.',
      'As Kuleba said yesterday, they need air defence.',
      'Q:  Thank you.'
    ].join('\n')
    expect(who(text).lines).toEqual([
      'Kirby: Secretary Blinken spoke to Foreign Minister Dmytro Kuleba today.',
      'Dmytro Kuleba: “We will not back down,” Kuleba said.',
      'Kirby: As Kuleba said yesterday, they need air defence.',
      'Question (reporter): Thank you.'
    ])
  })

  it('court transcripts: labels after line numbers; unnumbered lines are page furniture', () => {
    const lines = [
      '                 Official - Subject to Final Review',
      ' 1                       P R O C E E D I N G S',
      ' 2                 CHIEF JUSTICE ROBERTS:        We will hear',
      ' 3   argument this morning in Case Number 11-398.',
      ' 4                 MR. LONG:       Mr. Chief Justice, and may it',
      ' 5   please the Court:',
      ' 6                 The Act applies here.',
      '                     Alderson Reporting Company',
      ' 7                 JUSTICE SCALIA:       Why?',
      ' 8   Why should it?',
      ' 9                 MR. LONG:       Because it says so.',
      '10   That is all.'
    ]
    const r = who(lines.join('\n\n'))
    expect(r.speakers).toEqual(['Roberts', 'Long', 'Scalia'])
    expect(r.lines.filter((l) => /Alderson|Official/.test(l)).every((l) => l.startsWith('-:'))).toBe(true)
    expect(r.lines.find((l) => l.includes('The Act applies here'))).toMatch(/^Long:/)
  })

  it('flattened text: labels with an office or honorific inside a long line start turns', () => {
    const filler = 'The committee met, pursuant to notice, at 9:29 a.m. in Room SD-G50. '.repeat(6)
    const text = `${filler}3 Chairman McCain: Good morning. We welcome Dr. Wilson. 4 Dr. Wilson: Thank you, Chairman. I am honoured. 5 Chairman McCain: Have you adhered to the laws? 6 Dr. Wilson: Yes.`
    const r = who(text)
    expect(r.speakers).toEqual(['McCain', 'Wilson'])
    expect(r.lines).toContain('McCain: Good morning.')
    expect(r.lines).toContain('Wilson: Yes.')
  })

  it('editor’s notes, interpretation notes and an office abbreviation', () => {
    const text = [
      'António Guterres, Secretary-General',
      '',
      'SG: This is the saddest moment in my tenure.',
      '',
      'Q: Secretary-General, a question?',
      '',
      'SG: (As interpreted.) It must stop now.',
      '',
      'NOTE: The Secretary-General spoke at 11 p.m.'
    ].join('\n')
    expect(who(text).lines).toEqual([
      'António Guterres: This is the saddest moment in my tenure.',
      'Question (reporter): Secretary-General, a question?',
      '-: (As interpreted.)',
      'António Guterres: It must stop now.',
      '-: NOTE: The Secretary-General spoke at 11 p.m.'
    ])
  })

  it('every statement of a turn keeps its offsets into the text, labels excluded', () => {
    const text = 'MR. KIRBY:  Thanks.\nMore words here.\n\nQ  And?\n\nMR. KIRBY:  Done.'
    const { bundle } = ingestText({ text, title: 't', publishedAt: null }, [])
    for (const s of bundle.statements) {
      expect(text.slice(s.start, s.end)).toBe(s.text)
      expect(s.text).not.toMatch(/KIRBY|^Q\b/)
    }
  })
})
