import * as Y from 'yjs'
import { z } from 'zod'
import { Id, IsoDateTime } from '../../shared/domain'
import type { Change } from '../model/change'

/**
 * The Y.Map of speaker choices: under `<statementId>|<coderId>`, the last speaker that coder gave the statement
 * and the one it had then (its base). The statement's value itself stays last-writer-wins, the same on every side;
 * these say whether the value that won replaced a teammate's concurrent choice.
 */
export const SPEAKER_CHOICES = 'speakerChoices'

export const SpeakerChoice = z.strictObject({
  speakerId: Id.nullable(),
  base: Id.nullable(),
  at: IsoDateTime
})
export type SpeakerChoice = z.infer<typeof SpeakerChoice>

export interface CoderChoice extends SpeakerChoice {
  coderId: string
}

export const speakerChoices = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(SPEAKER_CHOICES)

const keyOf = (statementId: string, coderId: string) => `${statementId}|${coderId}`

/** Writes this coder's choice for every statement whose speaker the changes set (call inside a transaction). */
export function recordSpeakerChoices(
  doc: Y.Doc,
  changes: readonly Change[],
  coderId: string,
  at: string
): void {
  for (const c of changes)
    if (c.kind === 'statement' && c.before.speakerId !== c.after.speakerId)
      speakerChoices(doc).set(keyOf(c.after.id, coderId), {
        speakerId: c.after.speakerId,
        base: c.before.speakerId,
        at
      } satisfies SpeakerChoice)
}

/** This coder agrees with the speaker the statement has: it supersedes every earlier choice. */
export function keepSpeaker(
  doc: Y.Doc,
  statementId: string,
  speakerId: string | null,
  coderId: string
): void {
  const choice: SpeakerChoice = { speakerId, base: speakerId, at: new Date().toISOString() }
  speakerChoices(doc).set(keyOf(statementId, coderId), choice)
}

/** The statement and coder a key names, or null when it is not `<statementId>|<coderId>`. */
export function choiceKey(key: string): { statementId: string; coderId: string } | null {
  const [statementId = '', coderId = '', ...rest] = key.split('|')
  if (rest.length > 0 || !Id.safeParse(statementId).success || !Id.safeParse(coderId).success) return null
  return { statementId, coderId }
}

/** The choice under a well-formed key, checked: null when there is none, else it or a one-line reason it is refused. */
export function readChoice(doc: Y.Doc, key: string): CoderChoice | { refused: string } | null {
  const raw = speakerChoices(doc).get(key)
  const named = choiceKey(key)
  if (raw === undefined || !named) return null
  const parsed = SpeakerChoice.safeParse(raw)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    return { refused: first ? `${first.path.join('.') || 'value'}: ${first.message}` : 'invalid' }
  }
  return { ...parsed.data, coderId: named.coderId }
}

/**
 * The choice a teammate made that the statement's current speaker replaced, or null: the latest choice of the
 * current speaker is the winning one, and another coder's choice from the same base that differs lost to it.
 * Sequential edits (a base that is a later value) are not conflicts.
 */
export function losingChoice(choices: readonly CoderChoice[], current: string | null): CoderChoice | null {
  const winner = winningChoice(choices, current)
  if (!winner) return null
  const losers = choices.filter((c) => c.speakerId !== current && c.base === winner.base)
  return losers.length === 0 ? null : losers.reduce(latest)
}

/** The choice the statement's current speaker comes from: the latest of those that chose it. */
export function winningChoice(choices: readonly CoderChoice[], current: string | null): CoderChoice | null {
  const winners = choices.filter((c) => c.speakerId === current)
  return winners.length === 0 ? null : winners.reduce(latest)
}

const latest = (a: CoderChoice, b: CoderChoice) =>
  a.at > b.at || (a.at === b.at && a.coderId > b.coderId) ? a : b
