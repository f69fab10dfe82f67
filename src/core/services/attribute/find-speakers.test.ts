import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractLeadingDate } from '../segment/extract-leading-date'
import { segmentText } from '../segment/segment-text'
import { findProseSpeakers, findSpeakers, type SpeakerCandidate } from './find-speakers'

const ARTICLE = readFileSync(new URL('../../../../resources/seed/article.txt', import.meta.url), 'utf8')

function speakersOf(text: string, from = 0): SpeakerCandidate[] {
  return findSpeakers(text, segmentText(text, { from }).sentences)
}

describe('findSpeakers on the seed article', () => {
  const speakers = speakersOf(ARTICLE, extractLeadingDate(ARTICLE).bodyStart)
  const byName = (name: string): SpeakerCandidate => {
    const hit = speakers.find((s) => s.name === name)
    expect(hit, name).toBeDefined()
    return hit!
  }

  it('finds exactly the people and the unnamed source of the article', () => {
    expect(speakers.map((s) => s.name).sort()).toEqual(
      [
        'Antony J. Blinken',
        'Biden',
        'Dmitry Peskov',
        'Jens Stoltenberg',
        'Joseph S. Nye',
        'Olaf Scholz',
        'Seth G. Jones',
        'Vladimir V. Putin',
        'Volodymyr Zelensky',
        'a senior administration official'
      ].sort()
    )
  })

  it('gives each the role the text gives', () => {
    expect(byName('Antony J. Blinken').role).toBe('Secretary of State')
    expect(byName('Olaf Scholz').role).toBe('German Chancellor')
    expect(byName('Volodymyr Zelensky').role).toBe('Ukrainian President')
    expect(byName('Vladimir V. Putin').role).toBe('President')
    expect(byName('Biden').role).toBe('President')
    expect(byName('Jens Stoltenberg').role).toBe("NATO's usually cautious outgoing leader")
    expect(byName('Dmitry Peskov').role).toBe("Kremlin's top spokesman")
    expect(byName('Joseph S. Nye').role).toBe(
      'former U.S. military official and head of the National Intelligence Council'
    )
    expect(byName('Seth G. Jones').role).toBe(
      'former U.S. military official who directs the international security program at the Center for Strategic and International Studies in Washington'
    )
    expect(byName('a senior administration official').role).toBeNull()
  })

  it('merges mentions into one speaker with aliases', () => {
    expect(byName('Biden').aliases).toEqual(
      expect.arrayContaining(['Mr. Biden', 'Mr Biden', 'President Biden'])
    )
    expect(byName('Vladimir V. Putin').aliases).toEqual(
      expect.arrayContaining(['Putin', 'Mr. Putin', 'Mr Putin', 'President Putin'])
    )
    expect(byName('Seth G. Jones').aliases).toEqual(expect.arrayContaining(['Jones', 'Mr Jones']))
    expect(byName('Antony J. Blinken').aliases).toEqual(
      expect.arrayContaining(['Blinken', 'Mr. Blinken', 'Antony Blinken'])
    )
    for (const s of speakers) expect(s.aliases).not.toContain(s.name)
  })

  it('returns no places, publications or reporter credits', () => {
    const names = speakers.flatMap((s) => [s.name, ...s.aliases]).join('|')
    for (const junk of ['Kharkiv', 'Moldova', 'Economist', 'Washington', 'Eric Schmitt', 'Kremlin']) {
      expect(names).not.toContain(junk)
    }
  })
})

describe('findSpeakers on synthetic prose', () => {
  it('finds unnamed sources that are the subject of a speech verb', () => {
    const speakers = speakersOf(
      'A spokesperson for the ministry said the talks had stalled. Officials said little. ' +
        'The first administration official to arrive left early.'
    )
    expect(speakers).toEqual([
      { name: 'a spokesperson for the ministry', aliases: ['the spokesperson for the ministry'], role: null }
    ])
  })

  it('uses appositive roles after and before names, and inverted speech', () => {
    const speakers = speakersOf(
      'Maria Lopez, an analyst at the Brookings Institution, said the plan would fail. ' +
        'The talks were over, said Ms. Lopez. ' +
        "Britain's foreign secretary, David Lammy, warned of delays."
    )
    expect(speakers).toEqual([
      {
        name: 'Maria Lopez',
        aliases: expect.arrayContaining(['Lopez', 'Ms. Lopez', 'Ms Lopez']),
        role: 'analyst at the Brookings Institution'
      },
      { name: 'David Lammy', aliases: expect.arrayContaining(['Lammy']), role: "Britain's foreign secretary" }
    ])
    expect(speakers[0]!.aliases).not.toContain('Mr. Lopez')
  })

  it('takes places and news agencies that speak for institutions, not people', () => {
    const speakers = speakersOf(
      'Washington said it would respond. Moscow warned of escalation. Reuters said the deal was off.'
    )
    expect(speakers).toEqual([
      { name: 'Washington', aliases: [], role: 'institution' },
      { name: 'Moscow', aliases: [], role: 'institution' },
      { name: 'Reuters', aliases: [], role: 'institution' }
    ])
  })

  it('returns nothing for empty text', () => {
    expect(findSpeakers('', [])).toEqual([])
  })
})

describe('findSpeakers edge cases', () => {
  it('keeps first names that look like nationalities and ignores companies after a title word', () => {
    const speakers = speakersOf(
      'Brian Smith said the plant would close. General Motors said it disagreed. Naomi Kato, a spokeswoman, said nothing.'
    )
    expect(speakers.map((s) => s.name)).toEqual(['Brian Smith', 'Naomi Kato'])
    expect(speakers[1]!.role).toBe('spokeswoman')
  })
})

/** The body of a labelled corpus file (after its header's line of 72 dashes). */
function corpus(path: string): string {
  const raw = readFileSync(new URL(`../../../../test-fixtures/ingest/${path}`, import.meta.url), 'utf8')
  return raw.slice(raw.indexOf(`\n${'-'.repeat(72)}\n`) + 74)
}

describe('findSpeakers on real news prose', () => {
  it.each([
    // Offices, ranks, organisations and places before a name stay out of it; a title alone is nobody.
    ['shared/presgovua-zelenskyy-biden-2023-02-20.txt', ['Volodymyr Zelenskyy', 'Joseph Biden']],
    ['shared/un-press-sc14803-2022-02-23.txt', ['Vladimir Putin', 'António Guterres', 'Rosemary DiCarlo']],
    [
      'collected/dod-news-austin-zelenskyy-2023-09-21.txt',
      ['Lloyd J. Austin III', 'Volodymyr Zelenskyy', 'Pat Ryder']
    ],
    // "[Ukrainian] President [Volodymyr] Zelenskyy": editorial brackets are read as spaces.
    ['shared/dod-news-contact-group-2022-06-15.txt', ['Lloyd J. Austin III', 'Oleksii Reznikov']],
    [
      'collected/voa-ukraine-downs-drones-2024-03-05.txt',
      expect.arrayContaining([
        'Ukrainian military',
        'Ukrainian air force',
        'Oleh Kiper',
        'Volodymyr Zelenskyy',
        'The Pentagon'
      ])
    ]
  ])('%s', (path, names) => {
    const text = corpus(path)
    expect(speakersOf(text).map((s) => s.name)).toEqual(names)
  })

  it('gives offices with their country, for epithets to resolve', () => {
    const text = corpus('shared/presgovua-zelenskyy-biden-2023-02-20.txt')
    const found = findProseSpeakers(text, segmentText(text).sentences)
    expect(found.find((s) => s.name === 'Joseph Biden')?.offices).toContainEqual({
      office: 'president',
      country: 'United States'
    })
    expect(found.find((s) => s.name === 'Volodymyr Zelenskyy')?.offices).toContainEqual({
      office: 'president',
      country: 'Ukraine'
    })
  })
})
