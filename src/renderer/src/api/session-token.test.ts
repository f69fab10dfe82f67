import { describe, expect, it, vi } from 'vitest'
import { takeSessionToken } from './session-token'

function fakeStorage(): Storage {
  const map = new Map<string, string>()
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size
    }
  }
}

describe('takeSessionToken', () => {
  it('moves the token from the fragment to sessionStorage and out of the address bar', () => {
    const storage = fakeStorage()
    const history = { state: null, replaceState: vi.fn() } as unknown as History
    const location = { hash: '#token=abc_DEF-1', pathname: '/', search: '' } as Location
    expect(takeSessionToken(location, storage, history)).toBe('abc_DEF-1')
    expect(storage.getItem('dossier.token')).toBe('abc_DEF-1')
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/')
  })

  it('keeps other fragment parameters and reads the stored token on reload', () => {
    const storage = fakeStorage()
    const history = { state: null, replaceState: vi.fn() } as unknown as History
    takeSessionToken(
      { hash: '#token=t1&view=notes', pathname: '/x', search: '?q=1' } as Location,
      storage,
      history
    )
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/x?q=1#view=notes')
    const again = takeSessionToken({ hash: '', pathname: '/', search: '' } as Location, storage, history)
    expect(again).toBe('t1')
    expect(history.replaceState).toHaveBeenCalledTimes(1)
  })
})
