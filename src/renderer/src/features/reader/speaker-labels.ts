import { useSyncExternalStore } from 'react'
import type { Statement } from '../../../../shared/domain'
import { createStore } from '../../app/app-state'

export interface SpeakerLabel {
  statementId: string
  /** Text offset where the label is drawn: the start of the statement. */
  offset: number
  name: string
  /** A transcript turn (the speaker's label in the source), drawn stronger than a prose attribution. */
  turn: boolean
}

const isTurn = (s: Statement) => s.attribution.method === 'auto' && s.attribution.cue.startsWith('turn label')

/**
 * Where speakers' names are shown in the text (statements sorted by start): at the start of each turn of a
 * transcript, and in prose at each attributed statement that starts a paragraph or follows someone else's words.
 */
export function speakerLabels(
  statements: readonly Statement[],
  names: ReadonlyMap<string, string>
): SpeakerLabel[] {
  const out: SpeakerLabel[] = []
  let prev: Statement | null = null
  for (const s of statements) {
    const name = s.speakerId ? names.get(s.speakerId) : undefined
    const turn = isTurn(s)
    const sameSpeaker = prev !== null && prev.speakerId === s.speakerId
    const newParagraph = prev === null || prev.paragraphIndex !== s.paragraphIndex
    if (name && (!sameSpeaker || (!turn && newParagraph)))
      out.push({ statementId: s.id, offset: s.start, name, turn })
    prev = s
  }
  return out
}

const KEY = 'dossier.speakerLabels'

function load(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) !== 'off'
  } catch {
    return true
  }
}

const store = createStore<{ shown: boolean }>({ shown: load() })

/** Whether speakers' names show in the reader; remembered across sessions. */
export function useSpeakerLabelsShown(): boolean {
  return useSyncExternalStore(store.subscribe, () => store.getState().shown)
}

export function toggleSpeakerLabels(): boolean {
  const shown = !store.getState().shown
  store.setState({ shown })
  try {
    globalThis.localStorage?.setItem(KEY, shown ? 'on' : 'off')
  } catch {
    // Not remembered; the choice holds for this window.
  }
  return shown
}
