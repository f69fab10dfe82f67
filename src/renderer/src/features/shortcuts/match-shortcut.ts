/** The parts of a KeyboardEvent a shortcut looks at (so tests need no DOM). */
export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

interface Combo {
  key: string
  mod: boolean
  ctrl: boolean
  meta: boolean
  shift: boolean
  alt: boolean
}

const cache = new Map<string, Combo>()

/** Parses `mod+shift+z`, `ctrl+y`, `?`, `escape`. `mod` is ⌘ on macOS and Ctrl elsewhere. `+` alone is the plus key. */
export function parseShortcut(spec: string): Combo {
  const cached = cache.get(spec)
  if (cached) return cached
  const parts = spec === '+' ? ['+'] : spec.toLowerCase().split('+')
  const key = parts.pop() ?? ''
  const has = (m: string): boolean => parts.includes(m)
  const combo = {
    key,
    mod: has('mod'),
    ctrl: has('ctrl'),
    meta: has('meta') || has('cmd'),
    shift: has('shift'),
    alt: has('alt')
  }
  cache.set(spec, combo)
  return combo
}

/** True when the event is exactly that shortcut (no extra modifiers). */
export function matchShortcut(event: KeyLike, spec: string, isMac = detectMac()): boolean {
  const c = parseShortcut(spec)
  const key = event.key.toLowerCase()
  if (key !== c.key) return false
  const wantCtrl = c.ctrl || (c.mod && !isMac)
  const wantMeta = c.meta || (c.mod && isMac)
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta || event.altKey !== c.alt) return false
  // A symbol such as `?` or `/` is typed with or without Shift depending on the keyboard layout.
  const isSymbol = c.key.length === 1 && !/[a-z0-9]/.test(c.key)
  return isSymbol && !c.shift ? true : event.shiftKey === c.shift
}

export function detectMac(): boolean {
  const g = globalThis as {
    navigator?: { platform?: string; userAgent?: string }
    dossier?: { platform?: string }
  }
  if (g.dossier?.platform) return g.dossier.platform === 'darwin'
  return /Mac|iPhone|iPad/.test(g.navigator?.platform || g.navigator?.userAgent || '')
}

/** How a shortcut reads on this platform: `mod+shift+z` → `Ctrl+Shift+Z` or `⌘⇧Z`. */
export function formatShortcut(spec: string, isMac = detectMac()): string[] {
  if (spec === '+') return ['+']
  return spec.split('+').map((p) => {
    const lower = p.toLowerCase()
    if (lower === 'mod') return isMac ? '⌘' : 'Ctrl'
    if (lower === 'ctrl') return 'Ctrl'
    if (lower === 'shift') return isMac ? '⇧' : 'Shift'
    if (lower === 'alt') return isMac ? '⌥' : 'Alt'
    if (lower === 'escape') return 'Esc'
    if (lower === 'enter') return 'Enter'
    if (lower === 'arrowup') return '↑'
    if (lower === 'arrowdown') return '↓'
    if (lower === 'arrowleft') return '←'
    if (lower === 'arrowright') return '→'
    if (lower === 'pageup') return 'PgUp'
    if (lower === 'pagedown') return 'PgDn'
    if (lower === 'home') return 'Home'
    if (lower === 'end') return 'End'
    return p.length === 1 ? p.toUpperCase() : p
  })
}
