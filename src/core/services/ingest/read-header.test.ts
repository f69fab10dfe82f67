import { describe, expect, it } from 'vitest'
import { analyzeStructure } from './analyze-text'

const dateOf = (text: string) => analyzeStructure(text).header.date

describe('the date of a news story from its dateline', () => {
  it('reads the dateline opening the first paragraph', () => {
    expect(
      dateOf(
        'Officials Concerned About Violence\n\nWASHINGTON, Feb. 7, 2017 — Defense officials are concerned about ' +
          'the violence, a spokesman said today. He added more.'
      )
    ).toBe('2017-02-07')
    expect(
      dateOf('KYIV, Ukraine, March 5, 2024 -- The air force downed 38 drones. It gave no details.')
    ).toBe('2024-03-05')
    expect(
      dateOf('UNITED NATIONS, 22 May 2014 – The Secretary-General was dismayed. He called for calm.')
    ).toBe('2014-05-22')
  })

  it('takes no date from a dateline without one, or from a date inside a sentence', () => {
    expect(dateOf('WASHINGTON (AP) — The Senate passed the bill. It goes to the House next.')).toBeNull()
    expect(dateOf('The meeting on March 5, 2024 — a long one — ended late. Everyone went home.')).toBeNull()
  })

  it('leaves a date line of the header first', () => {
    expect(dateOf('June 20, 2024\n\nWASHINGTON, Feb. 7, 2017 — Officials spoke. They said more.')).toBe(
      '2024-06-20'
    )
  })
})

describe('the title of a news story', () => {
  const titleOf = (text: string) => analyzeStructure(text).header.title

  it('takes a kicker and its headline, "Russia: US Not Always Constructive", for the headline', () => {
    expect(
      titleOf(
        'Russia: US Not Always Constructive in Ukraine’s Affairs\n\nRussia’s Foreign Minister has criticized the ' +
          'United States. He spoke in Moscow on Wednesday.'
      )
    ).toBe('Russia: US Not Always Constructive in Ukraine’s Affairs')
  })

  it('takes neither a breadcrumb nor a speaker’s first words for one', () => {
    expect(
      titleOf(
        'Home : Media : News : News Display\n\nDOD Supports U.S., Allied Response to the Crisis\n\n' +
          'WASHINGTON, March 6, 2014 — The Pentagon said it supports the response. It gave no details.'
      )
    ).toBe('DOD Supports U.S., Allied Response to the Crisis')
    expect(titleOf('MR. KIRBY: Good afternoon, everybody.\n\nQ: Thanks, John. A question.')).toBeNull()
  })
})
