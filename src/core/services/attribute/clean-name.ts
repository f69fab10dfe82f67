import { HONORIFIC, TITLE, TITLE_QUALIFIER } from './lexicon'

const LEADING_NOISE = new RegExp(
  String.raw`^(?:(?:${HONORIFIC})\.?\s+|${TITLE_QUALIFIER}?${TITLE}\s+|(?:The|A|An|But|And|Or|So|Yet|Then|When|While|As|After|Before|If|On|In|At|For|From|With|Even|Now|Also|Still|This|That|These|Those|Asked|According)\s+)+`,
  'u'
)

/** A name as matched, without leading honorifics, titles or sentence openers and trailing punctuation. */
export function cleanName(raw: string): string {
  return raw
    .replace(LEADING_NOISE, '')
    .replace(/[\s,.;:]+$/u, '')
    .trim()
}

/** The words of a name, initials ("J.") left out. */
export const nameTokens = (name: string): string[] => name.split(/\s+/).filter((t) => !/^\p{Lu}\.$/u.test(t))
