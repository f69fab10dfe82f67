import type * as Y from 'yjs'
import { ApiError, type SpeakerConflict, type SyncConflictAction } from '../../shared/api'
import type { Statement } from '../../shared/domain'
import type { Workspace } from '../workspace'
import type { ConflictSource } from './conflict-source'
import {
  SPEAKER_CHOICES,
  choiceKey,
  keepSpeaker,
  losingChoice,
  winningChoice,
  readChoice,
  speakerChoices,
  type CoderChoice
} from './speaker-choices'

const PREFIX = 'speaker:'

export interface SpeakerConflictHooks {
  /** Runs `fn` in a Y transaction of this side's own (sent to the team, never read back as a teammate's). */
  writeLocal(fn: () => void): void
  /** A teammate's choice that is malformed: logged and counted, never used. */
  refuse(line: string): void
  changed(): void
}

/**
 * A statement's speaker changed on two sides from the same one: the value the team copy took stands on every
 * side, and the other is listed until someone accepts it or keeps the current one (see speaker-choices.ts).
 */
export class SpeakerConflicts implements ConflictSource {
  readonly prefix = PREFIX
  /** Valid choices by statement, then by coder. */
  private readonly byStatement = new Map<string, Map<string, CoderChoice>>()

  constructor(
    private readonly doc: Y.Doc,
    private readonly ws: Workspace,
    private readonly hooks: SpeakerConflictHooks
  ) {}

  /** Indexes the choices the Y.Doc holds, then follows every change to them. */
  start(isLocal: (origin: unknown) => boolean): void {
    for (const key of speakerChoices(this.doc).keys()) this.index(key, true)
    speakerChoices(this.doc).observe((event, tx) => {
      for (const key of event.keysChanged) this.index(key, !isLocal(tx.origin))
      this.hooks.changed()
    })
  }

  private index(key: string, teammate: boolean): void {
    const named = choiceKey(key)
    if (!named) {
      if (teammate)
        this.hooks.refuse(`${SPEAKER_CHOICES}/${key.slice(0, 200)}: its key is not <statement>|<coder>`)
      return
    }
    const read = readChoice(this.doc, key)
    let coders = this.byStatement.get(named.statementId)
    if (read === null || 'refused' in read) {
      if (read && teammate) this.hooks.refuse(`${SPEAKER_CHOICES}/${key}: ${read.refused}`)
      coders?.delete(named.coderId)
      return
    }
    if (!coders) this.byStatement.set(named.statementId, (coders = new Map()))
    coders.set(named.coderId, read)
  }

  list(): SpeakerConflict[] {
    const out: SpeakerConflict[] = []
    for (const [statementId, coders] of this.byStatement) {
      const c = coders.size > 1 ? this.conflictOf(statementId) : null
      if (c) out.push(c)
    }
    return out
  }

  private conflictOf(statementId: string): SpeakerConflict | null {
    const s = this.ws.state
    const statement = s.statements.get(statementId)
    const coders = this.byStatement.get(statementId)
    if (!statement || !coders) return null
    const lost = losingChoice([...coders.values()], statement.speakerId)
    const won = winningChoice([...coders.values()], statement.speakerId)
    if (!lost || (lost.speakerId !== null && !s.speakers.has(lost.speakerId))) return null
    const name = (id: string | null) => (id === null ? null : (s.speakers.get(id)?.name ?? null))
    return {
      id: `${PREFIX}${statementId}`,
      kind: 'speaker',
      statementId,
      documentId: statement.documentId,
      documentTitle: s.docs.get(statement.documentId)?.document.title ?? '',
      speakerId: statement.speakerId,
      speakerName: name(statement.speakerId),
      otherSpeakerId: lost.speakerId,
      otherSpeakerName: name(lost.speakerId),
      otherBy: s.coders.get(lost.coderId)?.name ?? null,
      otherByYou: lost.coderId === s.coderId,
      keptBy: (won && s.coders.get(won.coderId)?.name) ?? null,
      keptByYou: won !== null && won.coderId === s.coderId
    }
  }

  async resolve(id: string, action: SyncConflictAction): Promise<void> {
    if (action !== 'accept' && action !== 'keep')
      throw new ApiError('INVALID_INPUT', `a speaker conflict is resolved by accept or keep, not ${action}`)
    const statementId = id.slice(PREFIX.length)
    const ws = this.ws
    const gone = () => new ApiError('NOT_FOUND', `no speaker conflict on statement "${statementId}"`)
    if (action === 'keep') {
      await ws.read(() => {
        const c = this.conflictOf(statementId)
        const coderId = ws.state.coderId
        if (!c || !coderId) throw gone()
        this.hooks.writeLocal(() => keepSpeaker(this.doc, statementId, c.speakerId, coderId))
      })
      return
    }
    await ws.mutate('Take the other speaker', () => {
      const c = this.conflictOf(statementId)
      if (!c) throw gone()
      const before = ws.state.statements.get(statementId)!
      const { by, at } = ws.state.stamp()
      const who = by === null ? {} : { by }
      const after: Statement = {
        ...before,
        speakerId: c.otherSpeakerId,
        attribution: c.otherSpeakerId ? { method: 'analyst', at, ...who } : { method: 'none', at, ...who }
      }
      return { changes: [{ kind: 'statement', before, after }], result: undefined }
    })
  }
}
