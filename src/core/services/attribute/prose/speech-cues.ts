import { SPEECH_VERB } from '../lexicon'
import { nameRuns, type NameRun } from './name-run'
import { subjectEndingAt, subjectStartingAt, type Subject } from './speech-subject'

/**
 * The speech cues of one sentence, read in its text with quotations blanked out (so "…what President Zelenskyy
 * warned us about…" inside a quotation is no cue): a subject and a speech verb ("Stoltenberg said", "the Ukrainian
 * president said", "The Pentagon said in a statement", "Mr. Nye, a professor, emphasized"), an inverted cue
 * ("…, said Mr. Jones", "according to Blinken"), or a participle after the sentence's subject ("X addressed the
 * Council, saying …"). A cue whose subject sits in a subordinate clause ("… after Putin announced …"), shares its
 * verb with another subject ("Kyiv and Moscow have expressed …") or follows a preposition is marked subordinate.
 */
export interface SpeechCue {
  subject: Subject
  verb: string
  /** Sentence-relative. */
  verbStart: number
  inverted: boolean
  subordinate: boolean
}

const NB = String.raw`(?<![\p{L}\p{N}])`
const NA = String.raw`(?![\p{L}\p{N}])`
const RE_VERB = new RegExp(String.raw`${NB}(?:${SPEECH_VERB}|according\s+to)${NA}`, 'gu')
const DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
const FILLER = String.raw`(?:also|later|then|again|previously|recently|once|has|have|had|would|will|repeatedly|publicly|privately|separately|simply|only|flatly|bluntly|reportedly|earlier|firmly|already|long|further|strongly|quickly|immediately|now|often|frequently|regularly|openly|(?:on\s+)?${DAY}|today|tonight|yesterday|this\s+week|last\s+week)`
const RE_FILLERS_AT_END = new RegExp(String.raw`(?:\s+${FILLER})*\s*$`, 'u')
const SUBORDINATORS = new Set(
  'after before when whenever while as since until till because although though if unless once whereas whether that which who whom whose where so'.split(
    ' '
  )
)
const PREPOSITIONS = new Set(
  'of to from with by for about against between among toward towards into upon than like on in at over under via'.split(
    ' '
  )
)
const RE_PARTICIPLE =
  /,\s+(?:saying|adding|noting|stressing|warning|insisting|arguing|explaining|urging|telling)(?![\p{L}])/u
/** How far before a verb its subject (with an appositive) may start, in characters. */
const WINDOW = 400
const RE_PASSIVE_BEFORE = /(?:^|\s)(?:was|were|been|being|is|are|be|get|got)\s+$/i

/** Whether a conditional verb is speech here: "called on/for/“…”", not "called him". */
function isSpeechUse(verb: string, after: string, before: string): boolean {
  if (/^call/i.test(verb))
    return /^\s+(?:on|upon|for)\b/.test(after) || /^(?:\s+[\p{L}’'-]+){0,3}\s*[“"]/u.test(after)
  if (/^reports?$/i.test(verb) && /^\s+(?:of|on)\b/.test(after)) return false
  return !RE_PASSIVE_BEFORE.test(before)
}

/** Whether the subject starting at `start` is not the sentence's: after a subordinator, a conjunction or a preposition. */
function isSubordinate(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - WINDOW), start)
  const prev = /([\p{L}'’-]+)[\s\u00a0]*$/u.exec(before)
  if (!prev) return false
  const w = prev[1]!.toLowerCase()
  if (SUBORDINATORS.has(w) || PREPOSITIONS.has(w)) return true
  if (w === 'and' || w === 'or' || w === 'nor') {
    const at = start - before.length + prev.index
    const lead = sentence.slice(Math.max(0, at - 40), at).trimEnd()
    return lead !== '' && !/[,;:]$/.test(lead)
  }
  return false
}

function subjectBefore(sentence: string, verbStart: number, runs: NameRun[]): Subject | null {
  const before = sentence.slice(Math.max(0, verbStart - WINDOW), verbStart)
  const e = verbStart - RE_FILLERS_AT_END.exec(before)![0].length
  const direct = subjectEndingAt(sentence, e, runs)
  if (direct) return direct
  const upTo =
    e -
    (sentence.slice(Math.max(0, e - WINDOW), e).length -
      sentence.slice(Math.max(0, e - WINDOW), e).trimEnd().length)
  if (sentence[upTo - 1] !== ',') return null
  // "the Kremlin's top spokesman, Dmitry Peskov, said": a name set off by commas.
  const setOff = subjectEndingAt(sentence, upTo - 1, runs)
  if (
    setOff?.kind === 'name' &&
    /(?:^|[,;:(])\s*$/.test(sentence.slice(Math.max(0, setOff.phraseStart - 8), setOff.phraseStart))
  )
    return setOff
  // "Seth G. Jones, a former official who …, said": the subject before an appositive.
  const open = sentence.lastIndexOf(',', upTo - 2)
  if (open < 0 || upTo - open > 260 || /[;:]/.test(sentence.slice(open, upTo))) return null
  return subjectEndingAt(sentence, open, runs)
}

/** The sentence's speech cues, in text order. `masked`: the sentence with its quotations blanked (see maskQuoted). */
export function speechCues(masked: string, runs: NameRun[] = nameRuns(masked)): SpeechCue[] {
  const cues: SpeechCue[] = []
  for (const m of masked.matchAll(RE_VERB)) {
    const verb = m[0].replace(/\s+/g, ' ')
    const after = masked.slice(m.index + m[0].length, m.index + m[0].length + WINDOW)
    const before = masked.slice(Math.max(0, m.index - WINDOW), m.index)
    if (!isSpeechUse(verb, after, before)) continue
    const according = /^according/i.test(verb)
    const direct = according ? null : subjectBefore(masked, m.index, runs)
    if (direct) {
      cues.push({
        subject: direct,
        verb,
        verbStart: m.index,
        inverted: false,
        subordinate: direct.opensClause || isSubordinate(masked, direct.phraseStart)
      })
      continue
    }
    if (!according && !/[,"”]\s*$/.test(before)) continue
    const inverted = subjectStartingAt(masked, m.index + m[0].length, runs)
    if (!inverted) continue
    if (!according && !/^\s*(?:[,.;:!?)”"]|$)/.test(masked.slice(inverted.end))) continue
    cues.push({ subject: inverted, verb, verbStart: m.index, inverted: true, subordinate: false })
  }
  if (!cues.some((c) => !c.subordinate)) {
    const participle = RE_PARTICIPLE.exec(masked)
    const subject = participle ? leadingSubject(masked, participle.index, runs) : null
    if (participle && subject)
      cues.push({
        subject,
        verb: participle[0].replace(/^,\s+/, ''),
        verbStart: participle.index,
        inverted: false,
        subordinate: false
      })
  }
  return cues
}

/** The subject opening the sentence's main clause (after an introductory phrase ending in a comma), before `limit`. */
function leadingSubject(sentence: string, limit: number, runs: NameRun[]): Subject | null {
  const starts = [0]
  const comma = sentence.indexOf(',')
  if (comma >= 0 && comma < limit) starts.push(comma + 1)
  for (const s of starts) {
    const at = s + (/^\s*/.exec(sentence.slice(s))?.[0].length ?? 0)
    const run = runs.find((r) => r.start === at && r.name && !r.possessive)
    if (run && /^\s+[\p{Ll}]/u.test(sentence.slice(run.end)) && !isSubordinate(sentence, at))
      return subjectEndingAt(sentence, run.end, runs)
  }
  return null
}
