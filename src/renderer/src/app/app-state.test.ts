import { beforeEach, describe, expect, it } from 'vitest'
import {
  appStore,
  createStore,
  initialAppState,
  navigate,
  openNote,
  openDocument,
  openStatement,
  requestInspectorFocus,
  showClaims,
  toggleInspector
} from './app-state'

describe('createStore', () => {
  it('notifies subscribers only when a value changes', () => {
    const store = createStore({ a: 1, b: 'x' })
    let calls = 0
    const off = store.subscribe(() => calls++)
    store.setState({ a: 1 })
    expect(calls).toBe(0)
    store.setState((s) => ({ a: s.a + 1 }))
    expect(store.getState()).toEqual({ a: 2, b: 'x' })
    expect(calls).toBe(1)
    off()
    store.setState({ b: 'y' })
    expect(calls).toBe(1)
  })
})

describe('navigation helpers', () => {
  beforeEach(() => appStore.setState(initialAppState))

  it('openStatement switches to the reader, selects and asks to reveal', () => {
    appStore.setState({ view: 'claims' })
    openStatement('d1.4', 'd1')
    const s = appStore.getState()
    expect(s).toMatchObject({
      view: 'reader',
      documentId: 'd1',
      selection: { kind: 'statement', id: 'd1.4' }
    })
    expect(s.revealSeq).toBe(1)
    openStatement('d1.4', 'd1')
    expect(appStore.getState().revealSeq).toBe(2)
  })

  it('openDocument clears the selection; showClaims replaces the filter', () => {
    openStatement('d1.4', 'd1')
    openDocument('d2')
    expect(appStore.getState()).toMatchObject({ documentId: 'd2', selection: null })
    showClaims({ themeId: 't1', text: 'x' })
    showClaims({ speakerId: 's1' })
    expect(appStore.getState()).toMatchObject({ view: 'claims', filter: { speakerId: 's1' } })
  })

  it('numbers focus requests so each is honoured once', () => {
    requestInspectorFocus('themes', 'd1.4')
    requestInspectorFocus('note', 'a1')
    expect(appStore.getState().focusRequest).toEqual({ target: 'note', id: 'a1', seq: 2 })
  })

  it('toggles the inspector from what shows, and back to auto where auto shows it', () => {
    appStore.setState({ view: 'claims' })
    toggleInspector()
    expect(appStore.getState().inspector).toBe('open')
    toggleInspector()
    expect(appStore.getState().inspector).toBe('closed')
    appStore.setState({ view: 'reader' })
    toggleInspector()
    expect(appStore.getState().inspector).toBe('auto')
  })

  it('shows a hidden inspector when asked to focus a control in it', () => {
    appStore.setState({ inspector: 'closed', selection: { kind: 'statement', id: 'd1.4' } })
    requestInspectorFocus('themes', 'd1.4')
    expect(appStore.getState().inspector).toBe('auto')
  })

  it('records each move and walks back and forward through them', () => {
    openDocument('d1')
    openStatement('d1.4', 'd1')
    showClaims({ themeId: 't1' })
    openNote('n1')
    const where = () => {
      const s = appStore.getState()
      return [s.view, s.documentId, s.selection?.id ?? null, s.filter.themeId ?? null, s.noteId]
    }
    expect(where()).toEqual(['notes', 'd1', 'd1.4', 't1', 'n1'])
    navigate(-1)
    expect(where()).toEqual(['claims', 'd1', 'd1.4', 't1', null])
    navigate(-1)
    expect(where()).toEqual(['reader', 'd1', 'd1.4', null, null])
    navigate(-1)
    expect(where()).toEqual(['reader', 'd1', null, null, null])
    navigate(-1)
    expect(where()).toEqual(['reader', 'd1', null, null, null])
    navigate(1)
    navigate(1)
    expect(where()).toEqual(['claims', 'd1', 'd1.4', 't1', null])
    navigate(1)
    expect(where()).toEqual(['notes', 'd1', 'd1.4', 't1', 'n1'])
  })
})
