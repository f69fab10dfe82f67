/** An Obsidian block id for a Dossier id: block ids allow only letters, digits and dashes. */
export function obsidianBlockId(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, '-')
}

/**
 * Text safe inside a wikilink alias (`[[target|alias]]`): no brackets, pipes, angle brackets (shown as ‹ ›) or
 * line breaks; shortened to `max` code points.
 */
export function wikiAlias(text: string, max = 60): string {
  const s = text
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/\|/g, '¦')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/\s+/g, ' ')
    .trim()
  const chars = Array.from(s)
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : s
}

/**
 * `[[target]]` or `[[target|alias]]`. `target` must be a vault path built from sanitised file names (plus
 * `#^blockid`); the alias is made safe here.
 */
export function wikilink(target: string, alias?: string): string {
  const a = alias === undefined ? '' : wikiAlias(alias)
  return a === '' ? `[[${target}]]` : `[[${target}|${a}]]`
}

/** `![[target]]`: embeds a page or a block. */
export function embed(target: string): string {
  return `![[${target}]]`
}
