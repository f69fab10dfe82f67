import webvtt, { type VttNode } from 'webvtt-parser'
import type { SubtitleKind } from './read-subtitle-cues'

/** One line of a cue as a viewer reads it: markup gone, and the `<v>` voice it is spoken in, if any. */
export interface CueLine {
  text: string
  voice: string | null
}

/**
 * The named character references WebVTT's parser decodes by default, and the punctuation that caption files
 * also write as references. The parser looks names up with their `;` (and without, for the legacy six).
 */
const ENTITIES: Record<string, string> = Object.fromEntries(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    lrm: '\u200e',
    rlm: '\u200f',
    nbsp: '\u00a0',
    quot: '"',
    apos: "'",
    hellip: '…',
    mdash: '—',
    ndash: '–',
    lsquo: '‘',
    rsquo: '’',
    ldquo: '“',
    rdquo: '”'
  }).flatMap(([name, ch]) => [
    [`&${name};`, ch],
    [`&${name}`, ch]
  ])
)

/** The tags SRT files use; any other `<` in SRT is a literal less-than sign. */
const SRT_TAG = /<\/?(?:i|b|u|font|v)(?=[\s>.])[^<>]*>/iy

/**
 * A cue's text as lines, through the W3C WebVTT cue-text parser: tags (`<i>`, `<b>`, `<c.x>`, `<lang>`) and
 * inline timestamps dropped, character references decoded, `<ruby>` annotations (`<rt>`) left out, `<v Name>`
 * voices kept per line. SRT text is first made WebVTT-safe: `{\an8}` position codes are removed and a `<` that
 * does not open an SRT tag (`<i>`, `<b>`, `<u>`, `<font …>`) is escaped. A line spoken by two voices is split
 * where the voice changes.
 */
export function parseCueText(raw: string, kind: SubtitleKind): CueLine[] {
  let text = raw
  if (kind === 'srt') text = escapeSrt(text.replace(/\{\\[^{}]*\}/g, ''))
  const tree = new webvtt.WebVTTCueTextParser(text, () => undefined, 'metadata', ENTITIES).parse(0, 0)
  const lines: CueLine[] = []
  let current: CueLine = { text: '', voice: null }
  const push = (s: string, voice: string | null): void => {
    const parts = s.split('\n')
    parts.forEach((part, k) => {
      if (k > 0) {
        lines.push(current)
        current = { text: '', voice: null }
      }
      if (part === '') return
      if (current.text.trim() === '') current.voice = voice
      else if (voice !== current.voice && part.trim() !== '') {
        lines.push(current)
        current = { text: '', voice }
      }
      current.text += part
    })
  }
  const walk = (nodes: readonly VttNode[], voice: string | null): void => {
    for (const n of nodes) {
      if (n.type === 'text') push(String(n.value ?? ''), voice)
      else if (n.type === 'object' && n.name !== 'rt') {
        const v = n.name === 'v' ? String(n.value ?? '').trim() || voice : voice
        walk(n.children ?? [], v)
      }
    }
  }
  walk(tree.children, null)
  lines.push(current)
  return lines
    .map((l) => ({ text: l.text.replace(/\s+/g, ' ').trim(), voice: l.voice }))
    .filter((l) => l.text !== '')
}

function escapeSrt(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '<') {
      SRT_TAG.lastIndex = i
      const m = SRT_TAG.exec(s)
      if (m) {
        out += /^<\/?font/i.test(m[0]) ? '' : m[0] // <font color=…> is not WebVTT: its text stays, the tag goes
        i += m[0].length - 1
        continue
      }
      out += '&lt;'
    } else if (s[i] === '&' && !/^&(?:[a-z]{2,8}|#\d+|#x[0-9a-f]+);/i.test(s.slice(i, i + 10))) {
      out += '&amp;'
    } else {
      out += s[i]
    }
  }
  return out
}
