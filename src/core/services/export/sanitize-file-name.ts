/** Longest file name kept, in code points (before the extension). */
export const MAX_FILE_NAME = 120

/** Path separators, Windows-forbidden characters, and what breaks Obsidian links: `# ^ [ ] |`. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[/\\:*?"<>|#^[\]\u0000-\u001f\u007f]/g
/** Bidirectional overrides and isolates (they disguise names), and unpaired surrogates. */
const INVISIBLE =
  /[\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
/** Device names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i

/**
 * A safe file name (without extension) for any string: no path separators or characters Windows, macOS or
 * Obsidian links reject, no control characters, no leading dot (so no `..` and no hidden files), no trailing dot
 * or space, not a Windows device name, at most MAX_FILE_NAME code points, never empty (`fallback` instead).
 */
export function sanitizeFileName(name: string, fallback = 'Untitled'): string {
  let s = name.normalize('NFC').replace(INVISIBLE, '').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ')
  s = s.replace(/^[.\s]+/, '')
  s = Array.from(s).slice(0, MAX_FILE_NAME).join('')
  s = s.replace(/[.\s]+$/, '')
  if (s === '') s = fallback === '' ? 'Untitled' : sanitizeFileName(fallback, 'Untitled')
  return RESERVED.test(s) ? `_${s}` : s
}

/**
 * Hands out sanitised names that are unique in one folder, ignoring case (as macOS and Windows do):
 * "Name", "Name (2)", "Name (3)"… Deterministic for a given call order.
 */
export function createUniqueNamer(): (name: string, fallback?: string) => string {
  const used = new Set<string>()
  return (name, fallback) => {
    const base = sanitizeFileName(name, fallback)
    let candidate = base
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base} (${n})`
    used.add(candidate.toLowerCase())
    return candidate
  }
}
