import { attributeStatements, type KnownSpeaker } from './attribute-statements'
import { findProseSpeakers, type SpeakerCandidate } from './find-speakers'
import { couldBeSamePerson, hasFirstName } from './person-name'
import { readProse } from './prose/read-prose'
import { attributeTurns } from './transcript/attribute-turns'
import type { Turn } from './transcript/detect-turns'
import { speakerNameKey } from '../../../shared/domain/speaker-name'

/**
 * One entry point for imports: transcript mode when paragraphs start with
 * speaker labels, prose mode otherwise. Speakers found in the document are
 * matched against existing ones by name or alias (case-insensitive), so an
 * import reuses known speakers; only unmatched ones are returned as new.
 */
export interface ExistingSpeaker {
  id: string
  name: string
  aliases: string[]
  /** 'institution' for an institution a prose import made a speaker of ("The Pentagon"). */
  role?: string | null
}

export interface DocumentSentence {
  start: number
  end: number
  text: string
  paragraphIndex: number
}

export interface Assignment {
  /** Name of the speaker (an existing speaker's name, or a new candidate's). */
  speakerName: string | null
  /** Id of the existing speaker when the speaker is already known. */
  existingSpeakerId: string | null
  cue: string | null
}

export interface DocumentAttribution {
  mode: 'transcript' | 'prose'
  /** New speakers to create (not matching any existing speaker). */
  speakers: SpeakerCandidate[]
  /** One per entry of `sentences`. */
  assignments: Assignment[]
  /**
   * The statements the assignments refer to: the input sentences in prose
   * mode; in transcript mode the same with turn labels cut off (a sentence
   * that was only a label is dropped).
   */
  sentences: DocumentSentence[]
}

interface Entry extends KnownSpeaker {
  existingId: string | null
  candidate: SpeakerCandidate | null
}

const keys = (s: { name: string; aliases: string[] }): string[] =>
  [s.name, ...s.aliases].map(speakerNameKey).filter(Boolean)

/**
 * Existing speaker for a candidate: the same name first, then a shared name or alias, then (for a person) the same
 * person by couldBeSamePerson — with a first name on both sides, or a surname that only one speaker has.
 * A role ("Moderator") matches by name or alias only.
 */
export function matchExisting(
  candidate: { name: string; aliases: string[]; isRole?: boolean },
  existing: ExistingSpeaker[]
): ExistingSpeaker | null {
  const name = speakerNameKey(candidate.name)
  const exact = existing.find((e) => speakerNameKey(e.name) === name)
  if (exact) return exact
  const mine = new Set(keys(candidate))
  const shared = existing.find((e) => keys(e).some((k) => mine.has(k)))
  if (shared || candidate.isRole) return shared ?? null
  const same = existing.filter((e) => couldBeSamePerson(e.name, candidate.name))
  if (same.length === 1 && (hasFirstName(candidate.name) || hasFirstName(same[0]!.name))) return same[0]!
  return null
}

/** Known speakers plus the candidates; `ofCandidate[k]` is the entry candidate k resolved to. */
function registry(
  candidates: (SpeakerCandidate & { isRole?: boolean })[],
  existing: ExistingSpeaker[]
): { entries: Entry[]; ofCandidate: Entry[] } {
  const entries: Entry[] = existing.map((e) => ({
    id: `existing:${e.id}`,
    name: e.name,
    aliases: [...e.aliases],
    ...(e.role === 'institution' ? { kind: 'institution' as const } : {}),
    existingId: e.id,
    candidate: null
  }))
  const ofCandidate = candidates.map((c, k) => {
    const known = matchExisting(c, existing)
    const entry = known && entries.find((e) => e.existingId === known.id)
    if (entry) {
      entry.aliases = [...new Set([...entry.aliases, c.name, ...c.aliases])]
      return entry
    }
    const created: Entry = {
      id: `new:${k}`,
      name: c.name,
      aliases: c.aliases,
      existingId: null,
      candidate: { name: c.name, aliases: c.aliases, role: c.role }
    }
    entries.push(created)
    return created
  })
  return { entries, ofCandidate }
}

function newSpeakers(entries: Entry[]): SpeakerCandidate[] {
  return entries.flatMap((e) => (e.candidate ? [e.candidate] : []))
}

function assignment(entry: Entry | undefined, cue: string | null): Assignment {
  if (!entry) return { speakerName: null, existingSpeakerId: null, cue: null }
  return { speakerName: entry.name, existingSpeakerId: entry.existingId, cue }
}

/**
 * `turns`: the transcript's turns (see detectTurns), or null for prose; `header`: the person the header names
 * alone, and the document's date (see readHeader).
 */
export function attributeDocument(
  text: string,
  sentences: DocumentSentence[],
  paragraphs: { start: number; end: number }[],
  existingSpeakers: ExistingSpeaker[] = [],
  turns: Turn[] | null = null,
  header: { principal: string | null; date: string | null } = { principal: null, date: null }
): DocumentAttribution {
  if (turns) {
    const t = attributeTurns(text, sentences, paragraphs, turns, header)
    const { entries, ofCandidate } = registry(t.speakers, existingSpeakers)
    const assignments = t.assignments.map((a) =>
      a.speaker === null ? assignment(undefined, null) : assignment(ofCandidate[a.speaker], a.cue)
    )
    return { mode: 'transcript', speakers: newSpeakers(entries), assignments, sentences: t.sentences }
  }

  const prose = readProse(text, sentences)
  const found = findProseSpeakers(text, sentences, prose)
  const { entries, ofCandidate } = registry(found, existingSpeakers)
  found.forEach((f, k) => {
    const entry = ofCandidate[k]!
    entry.kind = f.kind
    entry.offices = [...(entry.offices ?? []), ...f.offices]
    entry.at ??= f.at
  })
  const byId = new Map(entries.map((e) => [e.id, e]))
  const assignments = attributeStatements(text, sentences, entries, prose).map((a) =>
    a.speakerId ? assignment(byId.get(a.speakerId), a.cue) : assignment(undefined, null)
  )
  return { mode: 'prose', speakers: newSpeakers(entries), assignments, sentences }
}
