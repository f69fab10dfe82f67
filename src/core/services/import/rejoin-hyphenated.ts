/** First parts of compounds that are hyphenated as words, not split by hyphenation: "well-known", "self-made". */
const COMPOUND_FIRST = new Set(
  (
    'well ill self non so all half ex anti vice quasi pseudo semi mid long short high low full near far cross ' +
    'one two three four five six seven eight nine ten first second third'
  ).split(' ')
)

/** The words of a text, lower-cased, and its hyphenated compounds, as evidence for rejoinHyphenated. */
export interface WordEvidence {
  words: ReadonlySet<string>
  compounds: ReadonlySet<string>
}

/**
 * Collects the words and hyphenated compounds written within lines, in reading order: the fragments around a
 * hyphen at a line end (the last word of that line, the first of the next) are not evidence.
 */
export function wordEvidence(lines: readonly string[]): WordEvidence {
  const words = new Set<string>()
  const compounds = new Set<string>()
  let afterHyphen = false
  for (const line of lines) {
    const tokens = line.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? []
    const endsHyphen = /[-\u2010\u00ad]\s*$/.test(line)
    for (const t of tokens.slice(afterHyphen ? 1 : 0, endsHyphen ? -1 : undefined)) {
      if (t.includes('-')) {
        compounds.add(t)
        for (const part of t.split('-')) words.add(part)
      } else words.add(t)
    }
    afterHyphen = endsHyphen
  }
  return { words, compounds }
}

/**
 * Whether a hyphen at the end of a line, before a line starting with a lower-case letter, is a hyphenation to
 * undo ("adminis-" + "tration" → "administration") rather than a compound's own hyphen ("well-" + "known" →
 * "well-known"). Without a dictionary the document is the evidence:
 * 1. a soft hyphen (U+00AD) is always a hyphenation;
 * 2. the joined word written elsewhere in the document ("administration", "secretary-general" for
 *    "Secretary-Gen-" + "eral") → rejoin; the compound written elsewhere ("well-known") → keep;
 * 3. a fragment with a digit, a `/` or already a hyphen ("2022-", "http://a-", "state-of-the-") keeps it;
 * 4. a first part that is a usual first element of compounds (well, self, non, half, long, one…) → keep;
 * 5. both parts written elsewhere in the document as words of their own, and long enough not to be a split
 *    of a compound word (5 and 4 letters at least: "evidence-based", but "some-thing", "with-out") → keep;
 * 6. otherwise rejoin: a fragment that is no word of the document is most likely a split word.
 * Nothing but the hyphen is ever removed.
 */
export function isHyphenation(before: string, after: string, evidence: WordEvidence): boolean {
  if (/\u00ad$/.test(before)) return true
  const first = /(\S*?)([\p{L}\p{M}]+)[-\u2010]$/u.exec(before)
  const second = /^[\p{L}\p{M}]+/u.exec(after)
  if (!first || !second) return false
  const a = first[2]!.toLowerCase()
  const b = second[0].toLowerCase()
  // The whole compound the fragment ends ("secretary-gen" + "eral"), for the evidence.
  const lead = /(?:[\p{L}\p{M}]+-)*$/u.exec(first[1]!.toLowerCase())?.[0] ?? ''
  if (evidence.words.has(a + b) || (lead && evidence.compounds.has(lead + a + b))) return true
  if (evidence.compounds.has(`${lead}${a}-${b}`)) return false
  if (/[\d/-]/.test(first[1]!)) return false
  if (COMPOUND_FIRST.has(a)) return false
  if (a.length >= 5 && b.length >= 4 && evidence.words.has(a) && evidence.words.has(b)) return false
  return true
}
