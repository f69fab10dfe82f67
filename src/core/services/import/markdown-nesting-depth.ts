const THEMATIC_BREAK = /^[ \t>]*([*_-])(?:[ \t]*\1){2,}[ \t]*$/
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/

/**
 * How deeply a Markdown text nests, estimated in one linear pass so that hostile nesting is caught before a
 * parser spends minutes (or its stack) on it: the containers open on a line (`>` markers, list items on the
 * line, list items still open from lines above by their indentation), unclosed `[` in a paragraph, and the
 * longest run of `*` or `_` (each pair opens one more emphasis). Fenced code is skipped. The estimate errs
 * high on odd input, never by much on real documents. Stops early once the depth passes `stopAbove`.
 */
export function markdownNestingDepth(text: string, stopAbove = Infinity): number {
  let max = 0
  const openItems: number[] = [] // content columns of the list items open so far
  let fence: string | null = null
  let brackets = 0
  for (let start = 0; start <= text.length && max <= stopAbove;) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end)
    start = end + 1
    if (fence !== null) {
      if (
        line
          .trimStart()
          .replace(/^(?:>\s*)*/, '')
          .startsWith(fence)
      )
        fence = null
      continue
    }
    if (!/\S/.test(line)) {
      brackets = 0
      continue
    }
    let i = 0
    let col = 0
    const skipSpace = (): void => {
      for (; line[i] === ' ' || line[i] === '\t'; i++) col = line[i] === '\t' ? col + 4 - (col % 4) : col + 1
    }
    skipSpace()
    const thematicBreak = THEMATIC_BREAK.test(line)
    let quotes = 0
    for (; line[i] === '>'; quotes++) {
      i++
      col++
      skipSpace()
    }
    while (openItems.length > 0 && openItems.at(-1)! > col) openItems.pop()
    let depth = openItems.length + quotes
    for (;;) {
      if (line[i] === '>') {
        depth++
        i++
        col++
        skipSpace()
        continue
      }
      const marker = thematicBreak ? null : LIST_MARKER.exec(line.slice(i, i + 11))
      if (marker === null) break
      i += marker[0].length
      col += marker[0].length
      openItems.push(col + 1)
      depth++
      skipSpace()
    }
    max = Math.max(max, depth)
    const rest = line.slice(i)
    const opening = /^(`{3,}|~{3,})/.exec(rest)
    if (opening) {
      fence = opening[1]!
      continue
    }
    if (thematicBreak) continue
    let run = 0
    for (let j = 0; j < rest.length; j++) {
      const c = rest[j]
      if (c === '\\') j++
      else if (c === '[') max = Math.max(max, ++brackets)
      else if (c === ']') brackets = Math.max(0, brackets - 1)
      if (c === '*' || c === '_') max = Math.max(max, Math.ceil(++run / 2))
      else run = 0
    }
  }
  return max
}
