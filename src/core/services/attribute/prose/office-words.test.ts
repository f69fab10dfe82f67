import { describe, expect, it } from 'vitest'
import { officeMatches, officesOf } from './office-words'

describe('officesOf', () => {
  it.each([
    ['U.S. Secretary of State', ['state secretary']],
    ['Secretary of Defense', ['defense secretary']],
    ['U.S. Defense Secretary', ['defense secretary']],
    ['Ukrainian President', ['president']],
    ['President of Ukraine', ['president']],
    ['Head of State', ['president']],
    ['Vice President', ['vice president']],
    ['Prime Minister of Estonia', ['prime minister']],
    ['Ukrainian Defense Minister', ['defense minister']],
    ['United Nations Secretary-General', ['secretary-general']],
    ['Secretary General', ['secretary-general']],
    ['Pentagon Press Secretary Air Force Brig. Gen.', ['press secretary', 'general']],
    ['prosecutor general', ['prosecutor general']],
    ['Spokeswoman', ['spokesperson']],
    ['military spokesman', ['spokesperson']],
    ['acting president', ['president']]
  ])('%s → %j', (title, offices) => {
    expect(officesOf(title)).toEqual(offices)
  })

  it('matches a bare epithet to a qualified office, not the other way round', () => {
    expect(officeMatches('general', 'general')).toBe(true)
    expect(officeMatches('secretary', 'defense secretary')).toBe(true)
    expect(officeMatches('defense secretary', 'secretary')).toBe(false)
    expect(officeMatches('president', 'vice president')).toBe(false)
    expect(officeMatches('vice president', 'president')).toBe(false)
  })
})
