import type { AnalysisTab, Filter, Selection, View } from './app-state'

/** Where the person was: what back and forward return to. */
export interface NavEntry {
  view: View
  documentId: string | null
  selection: Selection
  noteId: string | null
  filter: Filter
  analysisTab: AnalysisTab
}

/**
 * What changed from one entry to the next: typing in the filter's text and moving the selection coalesce; `fill`
 * completes an empty place (the notes view opening its first note, the empty reader getting a document) in place.
 */
type ChangeKind = 'text' | 'selection' | 'fill' | 'other'

export interface NavHistory {
  entries: NavEntry[]
  index: number
  /** The kind and time of the last push, to coalesce a run of keystrokes or of j/k moves into one entry. */
  last: { kind: ChangeKind; at: number } | null
}

export const MAX_ENTRIES = 200
/** Selection moves closer together than this (holding j, arrow keys) make one entry. */
export const SELECTION_COALESCE_MS = 1000

export function createHistory(first: NavEntry): NavHistory {
  return { entries: [first], index: 0, last: null }
}

export const currentEntry = (h: NavHistory): NavEntry => h.entries[h.index]!
export const canGoBack = (h: NavHistory): boolean => h.index > 0
export const canGoForward = (h: NavHistory): boolean => h.index < h.entries.length - 1

const filterKey = (f: Filter, withText = true): string =>
  JSON.stringify(
    Object.entries(f)
      .filter(([k, v]) => v !== undefined && (withText || k !== 'text'))
      .sort(([a], [b]) => a.localeCompare(b))
  )

const sameSelection = (a: Selection, b: Selection): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id)

/** How `b` differs from `a`, or null when it is the same place. */
export function changeKind(a: NavEntry, b: NavEntry): ChangeKind | null {
  const place =
    a.view === b.view &&
    a.documentId === b.documentId &&
    a.noteId === b.noteId &&
    a.analysisTab === b.analysisTab &&
    filterKey(a.filter, false) === filterKey(b.filter, false)
  if (!place) return isFill(a, b) ? 'fill' : 'other'
  const text = (a.filter.text ?? '') !== (b.filter.text ?? '')
  const selection = !sameSelection(a.selection, b.selection)
  if (text && selection) return 'other'
  return text ? 'text' : selection ? 'selection' : null
}

function isFill(a: NavEntry, b: NavEntry): boolean {
  if (a.view !== b.view || a.analysisTab !== b.analysisTab || filterKey(a.filter) !== filterKey(b.filter))
    return false
  if (a.noteId === null && b.noteId !== null)
    return a.documentId === b.documentId && sameSelection(a.selection, b.selection)
  return a.view === 'reader' && a.documentId === null && b.documentId !== null && a.noteId === b.noteId
}

/**
 * Records a move to `entry`, dropping anything forward of the current entry. A filter text typed on (or a selection
 * moved again within SELECTION_COALESCE_MS) replaces the entry its run began with rather than adding one per key.
 */
export function push(h: NavHistory, entry: NavEntry, now: number): NavHistory {
  const kind = changeKind(currentEntry(h), entry)
  if (kind === null) return h
  if (kind === 'fill') return { ...h, entries: h.entries.map((e, i) => (i === h.index ? entry : e)) }
  const atTop = h.index === h.entries.length - 1
  const coalesce =
    atTop &&
    h.index > 0 &&
    h.last?.kind === kind &&
    (kind === 'text' || (kind === 'selection' && now - h.last.at < SELECTION_COALESCE_MS))
  const kept = h.entries.slice(0, coalesce ? h.index : h.index + 1)
  const entries = [...kept, entry].slice(-MAX_ENTRIES)
  return { entries, index: entries.length - 1, last: { kind, at: now } }
}

/** Moves `by` entries (−1 back, +1 forward); the same history when there is nothing there. */
export function go(h: NavHistory, by: number): NavHistory {
  const index = h.index + by
  if (index < 0 || index >= h.entries.length) return h
  return { ...h, index, last: null }
}
