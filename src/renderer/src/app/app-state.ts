import { useSyncExternalStore } from 'react'
import type { AnalysisFilter } from '../../../shared/api'
import { createHistory, currentEntry, go, push, type NavEntry, type NavHistory } from './navigation-history'

export type View = 'reader' | 'claims' | 'notes' | 'analysis' | 'highlights'
export type AnalysisTab = 'matrix' | 'relations' | 'graph' | 'timeline' | 'speakers' | 'agreement'
export type Selection = { kind: 'statement'; id: string } | { kind: 'annotation'; id: string } | null
/**
 * Whether the inspector pane shows. `auto`: always in the reader, and in claims and notes only while something is
 * selected; `open` and `closed`: as the person last chose with the toggle.
 */
export type InspectorPreference = 'auto' | 'open' | 'closed'

/**
 * The current filter, read by the claims view and every analysis view: the analysis filter's lists (documents,
 * speakers, themes, dates, relation), the claims bar's single choices, and the claims-only text and link filters.
 */
export interface Filter extends AnalysisFilter {
  themeId?: string
  speakerId?: string
  documentId?: string
  linked?: 'any' | 'linked' | 'unlinked'
  text?: string
}

export interface AppState {
  view: View
  documentId: string | null
  selection: Selection
  noteId: string | null
  filter: Filter
  searchOpen: boolean
  helpOpen: boolean
  linkPicker: { fromId: string } | null
  /** Bumped by `openStatement`: the reader scrolls the selected statement into view when it changes. */
  revealSeq: number
  /** Asks the inspector to move keyboard focus to one of its controls once it shows `id` (t, a, Enter in the reader). */
  focusRequest: FocusRequest | null
  inspector: InspectorPreference
  analysisTab: AnalysisTab
  /** Set by a drill-down from an analysis view: the claims view offers the way back to it, filter and all. */
  drilledFrom: { tab: AnalysisTab; filter: Filter } | null
  /** Back and forward across documents, statements, filters, notes and analysis views (see navigation-history). */
  nav: NavHistory
  /** The window is narrower than INSPECTOR_DRAWER_BELOW: the inspector is a drawer over the view, not a pane. */
  narrowWindow: boolean
  /** Whether the inspector drawer is open (narrow windows only). */
  inspectorDrawer: boolean
}

export interface FocusRequest {
  target: 'panel' | 'themes' | 'speaker' | 'note'
  /** The statement or annotation the control belongs to. */
  id: string
  seq: number
}

export const initialAppState: AppState = {
  view: 'reader',
  documentId: null,
  selection: null,
  noteId: null,
  filter: {},
  searchOpen: false,
  helpOpen: false,
  linkPicker: null,
  revealSeq: 0,
  focusRequest: null,
  inspector: 'auto',
  analysisTab: 'matrix',
  drilledFrom: null,
  nav: createHistory({
    view: 'reader',
    documentId: null,
    selection: null,
    noteId: null,
    filter: {},
    analysisTab: 'matrix'
  }),
  narrowWindow: false,
  inspectorDrawer: false
}

type Listener = () => void

export interface Store<S> {
  getState(): S
  setState(patch: Partial<S> | ((s: S) => Partial<S>)): void
  subscribe(fn: Listener): () => void
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial
  const listeners = new Set<Listener>()
  return {
    getState: () => state,
    setState(patch) {
      const next = typeof patch === 'function' ? patch(state) : patch
      const keys = Object.keys(next) as (keyof S)[]
      if (keys.every((k) => Object.is(state[k], next[k]))) return
      state = { ...state, ...next }
      for (const fn of [...listeners]) fn()
    },
    subscribe(fn) {
      listeners.add(fn)
      return () => listeners.delete(fn)
    }
  }
}

export const appStore = createStore<AppState>(initialAppState)

const entryOf = (s: AppState): NavEntry => ({
  view: s.view,
  documentId: s.documentId,
  selection: s.selection,
  noteId: s.noteId,
  filter: s.filter,
  analysisTab: s.analysisTab
})

/** Every move (view, document, selection, note, filter, analysis tab) becomes a history entry. */
function recordNavigation(): void {
  const s = appStore.getState()
  const nav = push(s.nav, entryOf(s), Date.now())
  if (nav !== s.nav) appStore.setState({ nav })
}
appStore.subscribe(recordNavigation)

/** Back (−1) or forward (+1) through the navigation history, as Alt+←/→, the mouse's side buttons and the toolbar do. */
export function navigate(by: -1 | 1): void {
  appStore.setState((s) => {
    const nav = go(s.nav, by)
    if (nav === s.nav) return {}
    return { ...currentEntry(nav), nav, revealSeq: s.revealSeq + 1, drilledFrom: null }
  })
}

export function useAppState<T>(selector: (s: AppState) => T): T {
  return useSyncExternalStore(
    appStore.subscribe,
    () => selector(appStore.getState()),
    () => selector(appStore.getState())
  )
}

/** Switches to the reader on a statement's document, selects the statement and scrolls it into view. */
export function openStatement(statementId: string, documentId: string): void {
  appStore.setState((s) => ({
    view: 'reader',
    documentId,
    selection: { kind: 'statement', id: statementId },
    revealSeq: s.revealSeq + 1
  }))
}

export function openAnnotation(annotationId: string, documentId: string): void {
  appStore.setState((s) => ({
    view: 'reader',
    documentId,
    selection: { kind: 'annotation', id: annotationId },
    revealSeq: s.revealSeq + 1
  }))
}

export function openDocument(documentId: string): void {
  appStore.setState({ view: 'reader', documentId, selection: null })
}

export function openNote(id: string): void {
  appStore.setState({ view: 'notes', noteId: id })
}

/** Shows the claims table filtered (replacing any previous filter). */
export function showClaims(filter: Filter): void {
  appStore.setState({ view: 'claims', filter })
}

/**
 * From a cell, bar, node or point of an analysis view to the statements behind it: the claims view with the
 * analysis filter narrowed by `narrow`, remembering where it came from (see drillBack).
 */
export function drillDown(narrow: Filter): void {
  appStore.setState((s) => ({
    view: 'claims',
    filter: { ...s.filter, ...narrow },
    selection: null,
    drilledFrom: { tab: s.analysisTab, filter: s.filter }
  }))
}

/** Back from a drill-down: the analysis view and tab it came from, with the filter it had. */
export function drillBack(): void {
  appStore.setState((s) =>
    s.drilledFrom
      ? { view: 'analysis', analysisTab: s.drilledFrom.tab, filter: s.drilledFrom.filter, drilledFrom: null }
      : {}
  )
}

export function openAnalysis(tab: AnalysisTab): void {
  appStore.setState({ view: 'analysis', analysisTab: tab })
}

export function select(selection: Selection): void {
  // Clearing the selection also closes the inspector drawer: there is nothing left to show in it.
  appStore.setState((s) =>
    selection === null && s.narrowWindow ? { selection, inspectorDrawer: false } : { selection }
  )
}

export function openLinkPicker(fromId: string): void {
  appStore.setState({ linkPicker: { fromId } })
}

/**
 * Moves focus into the inspector: its panel, the theme combobox, the speaker field or an annotation's note. Shows the
 * inspector if it was hidden.
 */
export function requestInspectorFocus(target: FocusRequest['target'], id: string): void {
  appStore.setState((s) => ({
    focusRequest: { target, id, seq: (s.focusRequest?.seq ?? 0) + 1 },
    ...(s.narrowWindow
      ? { inspectorDrawer: true }
      : { inspector: isInspectorVisible(s) ? s.inspector : shownPreference(s) })
  }))
}

type InspectorInputs = Pick<AppState, 'inspector' | 'view' | 'selection'> &
  Partial<Pick<AppState, 'narrowWindow' | 'inspectorDrawer'>>

export function isInspectorVisible(s: InspectorInputs): boolean {
  if (s.narrowWindow) return s.inspectorDrawer ?? false
  if (s.inspector !== 'auto') return s.inspector === 'open'
  return s.view === 'reader' || s.selection !== null
}

/** The preference that shows the inspector now: back to `auto` where that shows it, else `open`. */
function shownPreference(s: InspectorInputs): InspectorPreference {
  return isInspectorVisible({ ...s, inspector: 'auto' }) ? 'auto' : 'open'
}

/** Shows or hides the inspector pane, or opens and closes its drawer (the toggle button, Ctrl/⌘+. or \). */
export function toggleInspector(): void {
  appStore.setState((s) =>
    s.narrowWindow
      ? { inspectorDrawer: !s.inspectorDrawer }
      : { inspector: isInspectorVisible(s) ? 'closed' : shownPreference(s) }
  )
}
