import { describe, expect, it } from 'vitest'
import { nameRuns } from './name-run'

/** The run that contains `needle`, read: name, office, country, flags. */
function run(text: string, needle: string) {
  const at = text.indexOf(needle)
  const r = nameRuns(text).find((x) => x.start <= at && at < x.end)!
  return {
    name: r.name,
    title: r.title,
    country: r.country?.name ?? null,
    honorific: r.honorific,
    possessive: r.possessive,
    namedInFull: r.namedInFull
  }
}

describe('nameRuns', () => {
  // Sentences from the shared and collected corpora and the seed article.
  it.each([
    [
      'President of Ukraine Volodymyr Zelenskyy met with President of the United States Joseph Biden, who arrived',
      'Volodymyr',
      { name: 'Volodymyr Zelenskyy', title: 'President of Ukraine', country: 'Ukraine', namedInFull: true }
    ],
    [
      'President of Ukraine Volodymyr Zelenskyy met with President of the United States Joseph Biden, who arrived',
      'Joseph',
      { name: 'Joseph Biden', title: 'President of the United States', country: 'United States' }
    ],
    [
      'In opening remarks, United Nations Secretary-General António Guterres,  citing rumours',
      'Guterres',
      { name: 'António Guterres', title: 'United Nations Secretary-General', country: 'United Nations' }
    ],
    [
      'Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder said during a news conference today.',
      'Ryder',
      { name: 'Pat Ryder', title: 'Pentagon Press Secretary Air Force Brig. Gen.', country: null }
    ],
    [
      "We're seeing what  Ukrainian  President  Volodymyr  Zelenskyy warned us about",
      'Zelenskyy',
      { name: 'Volodymyr Zelenskyy', title: 'Ukrainian President', country: 'Ukraine' }
    ],
    [
      'Secretary of Defense Lloyd J. Austin III convened the third meeting',
      'Austin',
      { name: 'Lloyd J. Austin III', title: 'Secretary of Defense', namedInFull: true }
    ],
    ["Mr. Biden's two terms in the war", 'Biden', { name: 'Biden', honorific: 'Mr', possessive: true }],
    [
      'the region’s Governor Oleksandr Prokudin reported.',
      'Prokudin',
      { name: 'Oleksandr Prokudin', title: 'Governor' }
    ],
    ['In Moldova on Wednesday, Secretary of State', 'Moldova', { name: '', title: null, country: 'Moldova' }],
    ['The Head of State emphasized that', 'Head', { name: '', title: 'Head of State' }],
    ['The Pentagon said in a statement', 'Pentagon', { name: '', title: null }]
  ])('%s [%s]', (text, needle, want) => {
    expect(run(text, needle)).toMatchObject(want)
  })
})
