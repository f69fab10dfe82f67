/** A chip label from statement text: whitespace collapsed, snippet ellipses dropped, cut at a word near `max`. */
export function excerpt(text: string, max = 60): string {
  const clean = text
    .replace(/\s+/g, ' ')
    .replace(/^[\s…]+|[\s…]+$/g, '')
    .trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max)
  const space = clean.charAt(max) === ' ' ? max : cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}
