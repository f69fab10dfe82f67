export interface Segment {
  text: string
  match: boolean
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Splits text into plain and matching segments for every (case-insensitive) occurrence of the terms.
 * Longer terms win where terms overlap. The result concatenates back to the input exactly.
 */
export function splitHighlights(text: string, terms: readonly string[]): Segment[] {
  const clean = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length
  )
  if (!text) return []
  if (clean.length === 0) return [{ text, match: false }]
  const re = new RegExp(clean.map(escapeRegExp).join('|'), 'giu')
  const out: Segment[] = []
  let last = 0
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0
    if (m[0].length === 0) continue
    if (start > last) out.push({ text: text.slice(last, start), match: false })
    const prev = out[out.length - 1]
    if (prev?.match && start === last) prev.text += m[0]
    else out.push({ text: m[0], match: true })
    last = start + m[0].length
  }
  if (last < text.length) out.push({ text: text.slice(last), match: false })
  return out
}
