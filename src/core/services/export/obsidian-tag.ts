/**
 * One segment of an Obsidian tag: lower case, whitespace as `-`, and only the characters Obsidian allows in tags
 * (letters, digits, `_`, `-`); `/` is removed so a name cannot fake a level. Empty becomes "theme".
 */
export function tagSegment(name: string): string {
  const s = name
    .normalize('NFC')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_-]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
  return s === '' ? 'theme' : s
}

/** A nested tag (without the `#`) for a theme path, e.g. `escalation-risk/nuclear-signalling`. */
export function obsidianTag(path: string[]): string {
  const tag = path.map(tagSegment).join('/')
  // Obsidian needs at least one non-digit character in a tag.
  return /^[0-9]+$/.test(tag) ? `_${tag}` : tag
}
