import { attributeStatements, type KnownSpeaker } from '../attribute-statements'
import type { SpeakerCandidate } from '../find-speakers'
import { couldBeSamePerson, hasFirstName, personWords } from '../person-name'
import type { Turn } from './detect-turns'
import { buildNameIndex, type NamedPerson } from './name-index'
import { presidingOfficers } from './presiding-officers'
import { NOT_A_SPEAKER } from './label-words'
import { isProceduralLine } from './procedural-line'
import { resolveTurnSpeaker, type TurnContext, type TurnSpeaker } from './resolve-turn-speaker'
import { US_PRESIDENTIAL_SOURCE, usOfficeHolder } from './us-office-holders'

interface Range {
  start: number
  end: number
}

export interface TurnSentence extends Range {
  text: string
  paragraphIndex: number
}

/** Who said a sentence of a transcript: the index of its speaker in `speakers`, and the cue. */
export interface TurnAssignment {
  speaker: number | null
  cue: string | null
}

export interface TurnAttribution<S extends TurnSentence> {
  /** The sentences with the labels cut off (a sentence that was only a label is dropped). */
  sentences: S[]
  assignments: TurnAssignment[]
  /** One per distinct speaker of the turns, in order of first appearance. */
  speakers: (SpeakerCandidate & { isRole: boolean })[]
}

/**
 * Attributes every sentence of a turn to the turn's speaker, except stage directions, procedural lines and
 * headings between or inside turns ("Ukraine/U.S. Assistance"), which belong to nobody, and someone else's words
 * quoted directly and credited by name, which are that person's.
 */
export function attributeTurns<S extends TurnSentence>(
  text: string,
  sentences: S[],
  paragraphs: Range[],
  turns: Turn[],
  header: { principal: string | null; date: string | null }
): TurnAttribution<S> {
  const presidential = US_PRESIDENTIAL_SOURCE.test(text.slice(0, turns[0]?.start ?? 0))
  const ctx: TurnContext = {
    text,
    names: buildNameIndex(text),
    headerNames: buildNameIndex(text.slice(0, turns[0]?.start ?? 0)),
    principal: header.principal,
    presiding: presidingOfficers(text),
    usOffice: (office) => (presidential ? usOfficeHolder(office, header.date) : null)
  }
  const speakers: TurnSpeaker[] = []
  const add = (sp: TurnSpeaker): number => {
    const same = speakers.findIndex((s) => sameSpeaker(s, sp))
    if (same < 0) return speakers.push(sp) - 1
    const kept = speakers[same]!
    if (personWords(sp.name).length > personWords(kept.name).length) {
      kept.aliases = [...new Set([...kept.aliases, kept.name, ...sp.aliases])].filter((a) => a !== sp.name)
      kept.name = sp.name
    } else kept.aliases = [...new Set([...kept.aliases, ...sp.aliases])].filter((a) => a !== kept.name)
    kept.role ??= sp.role
    return same
  }
  const speakerOfTurn = turns.map((t) => add(resolveTurnSpeaker(t.label, t.written, t.start, ctx)))
  const quoted = quotedSpeakerFinder(ctx.names.people)

  const stripped = excludeTurnLabels(text, sentences, turns)
  const repeated = repeatedLines(text)
  const numbered = isLineNumbered(text)
  let k = -1
  const assignments = stripped.map((s): TurnAssignment => {
    while (k + 1 < turns.length && turns[k + 1]!.start <= s.start) k++
    if (k < 0 || s.start >= turns[k]!.end) return { speaker: null, cue: null }
    const turn = turns[k]!
    const para = paragraphs[s.paragraphIndex]
    if (isProceduralLine(s.text) || repeated.has(lineKey(s.text))) return { speaker: null, cue: null }
    if (para && numbered && !NUMBERED_LINE.test(lineOf(text, para.start))) return { speaker: null, cue: null }
    if (para && para.start >= turn.labelEnd && isNoteLine(text.slice(para.start, para.end)))
      return { speaker: null, cue: null }
    if (para && para.start > turn.labelEnd && isHeading(text, para)) return { speaker: null, cue: null }
    const quote = quoted(s.text)
    if (quote) return { speaker: add({ ...quote.speaker, isRole: false }), cue: quote.cue }
    return { speaker: speakerOfTurn[k]!, cue: `turn label '${turn.written}'` }
  })
  return { sentences: stripped, assignments, speakers }
}

/**
 * Inside a turn, a sentence that is someone else's words quoted directly and credited by name ('"We will not
 * back down," Zelensky said.') is that person's; anything less explicit stays the turn speaker's.
 */
function quotedSpeakerFinder(people: NamedPerson[]) {
  const known: KnownSpeaker[] = people.map((p, i) => ({
    id: String(i),
    name: p.name,
    aliases: [p.name.split(/\s+/).at(-1)!]
  }))
  return (sentence: string): { speaker: SpeakerCandidate; cue: string } | null => {
    if (known.length === 0 || !/^["“‘]/.test(sentence) || !/["”’],?\s/.test(sentence)) return null
    const [a] = attributeStatements(sentence, [{ start: 0, end: sentence.length, text: sentence }], known)
    if (!a?.speakerId) return null
    const person = people[Number(a.speakerId)]!
    return {
      speaker: { name: person.name, aliases: [], role: person.titles[0] ?? person.roles[0] ?? null },
      cue: a.cue ?? ''
    }
  }
}

const NUMBERED_LINE = /^[\t ]{0,3}\d{1,2}(?:[\t ]|$)/

/** The whole line a paragraph starts on (its margin included). */
function lineOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1
  const end = text.indexOf('\n', at)
  return text.slice(start, end < 0 ? text.length : end)
}

/**
 * A court or hearing transcript numbers its lines in the margin (1–25 a page); there, a line without a number is
 * the page's furniture ("Alderson Reporting Company", "Official - Subject to Final Review").
 */
function isLineNumbered(text: string): boolean {
  const lines = text.split('\n').filter((l) => /\S/.test(l))
  return lines.length >= 10 && lines.filter((l) => NUMBERED_LINE.test(l)).length / lines.length >= 0.6
}

const lineKey = (line: string): string => line.replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * Short lines a document repeats word for word, without a sentence end — page furniture of a PDF transcript
 * ("Alderson Reporting Company", "Official - Subject to Final Review"): nobody's words.
 */
function repeatedLines(text: string): Set<string> {
  const seen = new Map<string, number>()
  for (const line of text.split('\n')) {
    const key = lineKey(line)
    if (key.length > 60 || !/\S+\s+\S+/.test(key) || /[.!?:;,"”’)]$/.test(key)) continue
    seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([k]) => k))
}

/** "NOTE: The President spoke at 3:30 p.m.", "Categories: …": an editor's note or a field, nobody's words. */
function isNoteLine(paragraph: string): boolean {
  const m = /^[\t ]*([\p{Lu}][\p{L}'’]{3,})(?:[\t ]+[\p{L}'’]+)?:[\t ]/u.exec(paragraph)
  return m !== null && NOT_A_SPEAKER.has(m[1]!.toLowerCase().replace(/['’]s$/, ''))
}

function sameSpeaker(a: TurnSpeaker, b: TurnSpeaker): boolean {
  if (a.isRole || b.isRole) return a.isRole === b.isRole && a.name.toLowerCase() === b.name.toLowerCase()
  if (couldBeSamePerson(a.name, b.name))
    return hasFirstName(a.name) || hasFirstName(b.name) || a.name === b.name
  return false
}

/**
 * A heading between or inside turns: one short line, mostly capitalised words, no sentence end ("Ukraine/U.S.
 * Assistance"); a single word only when centred (indented) or in capitals, as the Congressional Record prints them.
 */
function isHeading(text: string, para: Range): boolean {
  const line = text.slice(para.start, para.end)
  if (line.includes('\n') || line.length > 160 || /[.!?:;,"”’)]$/.test(line.trim())) return false
  const words = line.trim().split(/[\s/]+/)
  if (words.length === 1) {
    const indent = para.start - (text.lastIndexOf('\n', para.start - 1) + 1)
    return /^\p{Lu}/u.test(line) && (indent >= 4 || !/\p{Ll}/u.test(line))
  }
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return capital / words.length >= 0.6
}

/** Sentences with the turn labels cut off: a sentence overlapping a label starts after it; a label alone is dropped. */
export function excludeTurnLabels<S extends Range & { text: string }>(
  text: string,
  sentences: S[],
  turns: Turn[]
): S[] {
  const out: S[] = []
  let j = -1
  for (const s of sentences) {
    while (j + 1 < turns.length && turns[j + 1]!.start <= s.start) j++
    const turn = j >= 0 && s.start < turns[j]!.labelEnd ? turns[j]! : null
    let start = turn ? Math.max(s.start, turn.labelEnd) : s.start
    while (start < s.end && /\s/.test(text.charAt(start))) start++
    if (start >= s.end) continue
    out.push(start === s.start ? s : { ...s, start, text: text.slice(start, s.end) })
  }
  return out
}
