import { attributeStatements, type KnownSpeaker } from './attribute-statements'
import {
  detectTranscriptTurns,
  excludeTurnLabels,
  normaliseLabel,
  speakerFromLabel,
  turnAt
} from './attribute-transcript'
import { findSpeakers, type SpeakerCandidate } from './find-speakers'
import type { PeopleTags } from './tag-people'

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
  [s.name, ...s.aliases].map((a) => a.replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean)

/** Existing speaker for a candidate: same name first, then any shared name/alias. */
export function matchExisting(
  candidate: { name: string; aliases: string[] },
  existing: ExistingSpeaker[]
): ExistingSpeaker | null {
  const name = candidate.name.trim().toLowerCase()
  const exact = existing.find((e) => e.name.trim().toLowerCase() === name)
  if (exact) return exact
  const mine = new Set(keys(candidate))
  return existing.find((e) => keys(e).some((k) => mine.has(k))) ?? null
}

/** Known speakers plus the candidates; `ofCandidate[k]` is the entry candidate k resolved to. */
function registry(
  candidates: SpeakerCandidate[],
  existing: ExistingSpeaker[]
): { entries: Entry[]; ofCandidate: Entry[] } {
  const entries: Entry[] = existing.map((e) => ({
    id: `existing:${e.id}`,
    name: e.name,
    aliases: [...e.aliases],
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
      candidate: c
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

/** `people`: the text's tags (see tagPeople), when already made; prose mode makes them otherwise. */
export function attributeDocument(
  text: string,
  sentences: DocumentSentence[],
  paragraphs: { start: number; end: number }[],
  existingSpeakers: ExistingSpeaker[] = [],
  people?: PeopleTags
): DocumentAttribution {
  const turns = detectTranscriptTurns(text, paragraphs)
  if (turns) {
    const byLabel = new Map<string, SpeakerCandidate>()
    for (const t of turns) {
      const key = normaliseLabel(t.label)
      if (!byLabel.has(key)) byLabel.set(key, speakerFromLabel(t.label))
    }
    const labels = [...byLabel.keys()]
    const { entries, ofCandidate } = registry([...byLabel.values()], existingSpeakers)
    const entryFor = (label: string): Entry | undefined => ofCandidate[labels.indexOf(normaliseLabel(label))]
    const stripped = excludeTurnLabels(text, sentences, turns)
    const assignments = stripped.map((s) => {
      const turn = turnAt(turns, s.start)
      if (!turn) return assignment(undefined, null)
      return assignment(entryFor(turn.label), `turn label '${text.slice(turn.start, turn.labelEnd).trim()}'`)
    })
    return { mode: 'transcript', speakers: newSpeakers(entries), assignments, sentences: stripped }
  }

  const { entries } = registry(findSpeakers(text, sentences, people), existingSpeakers)
  const byId = new Map(entries.map((e) => [e.id, e]))
  const assignments = attributeStatements(text, sentences, entries).map((a) =>
    a.speakerId ? assignment(byId.get(a.speakerId), a.cue) : assignment(undefined, null)
  )
  return { mode: 'prose', speakers: newSpeakers(entries), assignments, sentences }
}
