import { describe, expect, it } from 'vitest'
import { createStore, initialAppState, isInspectorVisible, type AppState } from './app-state'
import { persistInspectorPreference } from './inspector-preference'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data
  }
}

describe('persistInspectorPreference', () => {
  it('loads a remembered choice and saves changes', () => {
    const store = createStore<AppState>(initialAppState)
    const storage = memoryStorage({ 'dossier.inspector': 'closed' })
    const off = persistInspectorPreference(store, storage)
    expect(store.getState().inspector).toBe('closed')
    store.setState({ inspector: 'open' })
    expect(storage.data.get('dossier.inspector')).toBe('open')
    off()
  })

  it('ignores a value it does not know', () => {
    const store = createStore<AppState>(initialAppState)
    persistInspectorPreference(store, memoryStorage({ 'dossier.inspector': 'sideways' }))
    expect(store.getState().inspector).toBe('auto')
  })
})

describe('isInspectorVisible', () => {
  const base = { inspector: 'auto', view: 'reader', selection: null } as const
  const statement = { kind: 'statement', id: 's1' } as const

  it('auto: always in the reader, elsewhere only with a selection', () => {
    expect(isInspectorVisible(base)).toBe(true)
    expect(isInspectorVisible({ ...base, view: 'claims' })).toBe(false)
    expect(isInspectorVisible({ ...base, view: 'notes', selection: statement })).toBe(true)
  })

  it('open and closed hold whatever the view', () => {
    expect(isInspectorVisible({ ...base, view: 'claims', inspector: 'open' })).toBe(true)
    expect(isInspectorVisible({ ...base, selection: statement, inspector: 'closed' })).toBe(false)
  })
})
