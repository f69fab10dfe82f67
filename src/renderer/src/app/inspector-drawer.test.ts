import { beforeEach, describe, expect, it } from 'vitest'
import {
  appStore,
  createStore,
  initialAppState,
  isInspectorVisible,
  requestInspectorFocus,
  select,
  toggleInspector,
  type AppState
} from './app-state'
import { followWindowWidth, INSPECTOR_DRAWER_BELOW } from './inspector-drawer'

function fakeMedia(matches: boolean) {
  const listeners = new Set<() => void>()
  const query = {
    matches,
    addEventListener: (_: string, fn: () => void) => void listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => void listeners.delete(fn)
  }
  return {
    matchMedia: (q: string) => {
      expect(q).toBe(`(max-width: ${INSPECTOR_DRAWER_BELOW - 0.02}px)`)
      return query as unknown as MediaQueryList
    },
    resize(narrow: boolean) {
      query.matches = narrow
      for (const fn of listeners) fn()
    },
    listeners
  }
}

describe('the inspector drawer of narrow windows', () => {
  beforeEach(() => appStore.setState({ ...initialAppState, narrowWindow: true }))

  it('starts closed even where the pane would show (the reader), and the toggle opens and closes it', () => {
    expect(isInspectorVisible(appStore.getState())).toBe(false)
    toggleInspector()
    expect(isInspectorVisible(appStore.getState())).toBe(true)
    toggleInspector()
    expect(isInspectorVisible(appStore.getState())).toBe(false)
    // The docked pane's remembered choice is left alone.
    expect(appStore.getState().inspector).toBe('auto')
  })

  it('opens when a key asks for a control in it (t, a, Enter), and closes when the selection is cleared', () => {
    select({ kind: 'statement', id: 'd1.4' })
    expect(isInspectorVisible(appStore.getState())).toBe(false)
    requestInspectorFocus('themes', 'd1.4')
    expect(isInspectorVisible(appStore.getState())).toBe(true)
    select(null)
    expect(isInspectorVisible(appStore.getState())).toBe(false)
  })
})

describe('followWindowWidth', () => {
  it('tracks the breakpoint, and widening the window closes the drawer and docks the pane', () => {
    const store = createStore<AppState>(initialAppState)
    const media = fakeMedia(true)
    const off = followWindowWidth(store, media.matchMedia)
    expect(store.getState().narrowWindow).toBe(true)
    store.setState({ inspectorDrawer: true })
    media.resize(false)
    expect(store.getState()).toMatchObject({ narrowWindow: false, inspectorDrawer: false })
    expect(isInspectorVisible(store.getState())).toBe(true)
    off()
    expect(media.listeners.size).toBe(0)
  })
})
