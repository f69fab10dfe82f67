/**
 * `JSON.stringify(value, null, 2)` of an element of an array nested `depth` levels deep (2 for the items of a
 * top-level key's array), so that elements can be written one by one. It is written inside `depth` arrays and
 * cut out, so that JSON.stringify indents it itself (indenting its lines after is many times slower).
 */
export function indentedJson(value: unknown, depth: number): string {
  let nested = value
  for (let i = 0; i < depth; i++) nested = [nested]
  const text = JSON.stringify(nested, null, 2)
  // Level i (from 1) opens with `[`, a line break and 2i spaces, and closes with a line break, 2(i - 1) spaces and `]`.
  return text.slice(depth * depth + 3 * depth, text.length - depth * (depth + 1))
}

/**
 * Puts the written elements (see indentedJson) in the place of the empty array at `"key": []`, at `depth`
 * levels of indent, of a pretty-printed JSON text: the same text as if the array had been in the value. The
 * parts are concatenated, not joined, so that the long text is not copied here at once.
 */
export function spliceJsonArray(
  text: string,
  key: string,
  depth: number,
  elements: readonly string[]
): string {
  return spliceJsonArrays(text, depth, [[key, elements]])
}

/** spliceJsonArray for several keys at once, each found in `text` (not in what is put in its place). */
export function spliceJsonArrays(
  text: string,
  depth: number,
  arrays: readonly (readonly [key: string, elements: readonly string[]])[]
): string {
  const pad = '  '.repeat(depth)
  const places = arrays
    .filter(([, elements]) => elements.length > 0)
    .map(([key, elements]) => {
      const at = `\n${pad}${JSON.stringify(key)}: []`
      const i = text.indexOf(at)
      if (i < 0 || text.indexOf(at, i + 1) >= 0)
        throw new Error(`spliceJsonArray: no single empty "${key}" array`)
      return { key, elements, i, end: i + at.length }
    })
    .sort((a, b) => a.i - b.i)
  const between = `,\n${pad}  `
  let out = ''
  let from = 0
  for (const { key, elements, i, end } of places) {
    out += `${text.slice(from, i)}\n${pad}${JSON.stringify(key)}: [\n${pad}  ${elements[0]}`
    for (let e = 1; e < elements.length; e++) out += between + elements[e]
    out += `\n${pad}]`
    from = end
  }
  return from === 0 ? text : out + text.slice(from)
}
