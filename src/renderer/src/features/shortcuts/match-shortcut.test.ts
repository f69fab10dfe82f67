import { describe, expect, it } from 'vitest'
import { formatShortcut, matchShortcut, type KeyLike } from './match-shortcut'

const ev = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods
})

describe('matchShortcut', () => {
  it('maps mod to Ctrl off macOS and to Meta on macOS', () => {
    expect(matchShortcut(ev('z', { ctrlKey: true }), 'mod+z', false)).toBe(true)
    expect(matchShortcut(ev('z', { metaKey: true }), 'mod+z', false)).toBe(false)
    expect(matchShortcut(ev('z', { metaKey: true }), 'mod+z', true)).toBe(true)
    expect(matchShortcut(ev('z', { ctrlKey: true }), 'mod+z', true)).toBe(false)
  })
  it('requires exactly the modifiers named', () => {
    expect(matchShortcut(ev('Z', { ctrlKey: true, shiftKey: true }), 'mod+shift+z', false)).toBe(true)
    expect(matchShortcut(ev('Z', { ctrlKey: true, shiftKey: true }), 'mod+z', false)).toBe(false)
    expect(matchShortcut(ev('z', { ctrlKey: true }), 'mod+shift+z', false)).toBe(false)
    expect(matchShortcut(ev('z', { ctrlKey: true, altKey: true }), 'mod+z', false)).toBe(false)
    expect(matchShortcut(ev('y', { ctrlKey: true }), 'ctrl+y', true)).toBe(true)
  })
  it('matches letters case-insensitively and named keys', () => {
    expect(matchShortcut(ev('K', { ctrlKey: true }), 'mod+k', false)).toBe(true)
    expect(matchShortcut(ev('Escape'), 'escape')).toBe(true)
    expect(matchShortcut(ev('Enter'), 'escape')).toBe(false)
  })
  it('ignores Shift for symbols unless asked for', () => {
    expect(matchShortcut(ev('?', { shiftKey: true }), '?')).toBe(true)
    expect(matchShortcut(ev('?'), '?')).toBe(true)
    expect(matchShortcut(ev('/'), '/')).toBe(true)
    expect(matchShortcut(ev('?', { ctrlKey: true, shiftKey: true }), '?', false)).toBe(false)
  })
  it('does not let a plain letter match with Shift held', () => {
    expect(matchShortcut(ev('G', { shiftKey: true }), 'g')).toBe(false)
  })
})

describe('formatShortcut', () => {
  it('renders per platform', () => {
    expect(formatShortcut('mod+shift+z', false)).toEqual(['Ctrl', 'Shift', 'Z'])
    expect(formatShortcut('mod+shift+z', true)).toEqual(['⌘', '⇧', 'Z'])
    expect(formatShortcut('escape', false)).toEqual(['Esc'])
  })
})
