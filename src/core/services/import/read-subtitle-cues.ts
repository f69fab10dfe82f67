import { displayName, ImportError } from './imported-source'

export type SubtitleKind = 'srt' | 'vtt'

/** A cue as written in the file: its timing and its raw text (markup not yet parsed, lines joined by LF). */
export interface RawCue {
  startMs: number
  endMs: number
  text: string
}

const TIMING = /^\s*(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t].*)?$/
const VTT_TIME = /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/
/** SRT as written by real tools: `,` or `.` before 1–3 digits of fraction, hours optional. */
const SRT_TIME = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})$/
const METADATA_BLOCK = /^(?:NOTE|STYLE|REGION)(?:$|[ \t])/

/**
 * Reads the cues of an SRT or WebVTT file (text already decoded, LF line endings), in time order.
 * - WebVTT must start with `WEBVTT`; NOTE, STYLE and REGION blocks are skipped; a cue is an optional identifier
 *   line, a timing line (`00:01.000 --> 00:02.500`, settings after it ignored) and its text lines.
 * - SRT: a number line (optional), a timing line (`00:00:01,000 --> 00:00:02,500`; `.` and 1–3 fraction digits
 *   tolerated), text lines.
 * In both, a block without a timing line after a cue is text that a stray blank line cut off that cue, and is
 * joined to it (the WebVTT parser would drop it; a hand-edited file loses no text here); a timing line inside a
 * block starts a new cue (the blank line before it was lost).
 * The title is the WebVTT header's text (`WEBVTT - Hearing`), a `Title:` line in the header, or in a NOTE.
 * Errors (one line, naming the cue by its SRT number or its position): "cue 7 has an unreadable timing
 * '00:01:xx,000' (line 23)", "cue 12 has an end before its start (line 40)", "is not a WebVTT file (it does not
 * start with WEBVTT)", "is not a subtitle file (no cue timings found)", "line 3 is not a cue (…)".
 */
export function readSubtitleCues(
  text: string,
  kind: SubtitleKind,
  fileName: string
): { title: string | null; cues: RawCue[] } {
  const fail = (predicate: string): ImportError =>
    new ImportError(fileName, `${displayName(fileName)}: ${predicate}`)
  const lines = text.split('\n')
  let title: string | null = null
  let i = 0
  if (kind === 'vtt') {
    const m = /^WEBVTT(?:[ \t]+(.*))?$/.exec(lines[0] ?? '')
    if (!m)
      throw new ImportError(
        fileName,
        `${displayName(fileName)} is not a WebVTT file (it does not start with WEBVTT)`
      )
    title = cleanTitle(m[1] ?? '')
    i = 1
    for (; i < lines.length && lines[i]!.trim() !== '' && !lines[i]!.includes('-->'); i++) {
      title ??= titleLine(lines[i]!)
    }
  } else if (/^WEBVTT(?:$|[ \t])/.test(lines[0] ?? '')) {
    i = 1 // an SRT written with a WebVTT header (some converters do)
  }

  const cues: (RawCue & { order: number })[] = []
  let ordinal = 0
  for (const { start: blockStart, lines: block } of blocks(lines, i)) {
    if (kind === 'vtt' && METADATA_BLOCK.test(block[0]!)) {
      if (/^NOTE/.test(block[0]!)) for (const l of block) title ??= titleLine(l.replace(/^NOTE[ \t]*/, ''))
      continue
    }
    const timingAt = block[0]!.includes('-->') ? 0 : block[1]?.includes('-->') ? 1 : -1
    const id = timingAt === 1 ? block[0]!.trim() : ''
    const numbered = /^\d+$/.test(id) || (kind === 'srt' && timingAt === -1 && /^\d+$/.test(block[0]!.trim()))
    if (timingAt === -1) {
      if (numbered) {
        const line = block[1] ?? ''
        throw fail(
          `cue ${block[0]!.trim()} has an unreadable timing '${line.trim()}' (line ${blockStart + 2})`
        )
      }
      const previous = cues[cues.length - 1]
      if (previous) {
        previous.text += `\n${block.join('\n')}`
        continue
      }
      throw fail(
        `line ${blockStart + 1} is not a cue (expected a timing line such as 00:00:01,000 --> 00:00:02,000)`
      )
    }
    ordinal++
    const name = numbered ? id : String(ordinal)
    const timingLine = block[timingAt]!
    const lineNo = blockStart + timingAt + 1
    const m = TIMING.exec(timingLine)
    if (!m) throw fail(`cue ${name} has an unreadable timing '${timingLine.trim()}' (line ${lineNo})`)
    const startMs = parseTime(m[1]!, kind)
    const endMs = parseTime(m[2]!, kind)
    if (startMs === null || endMs === null) {
      const bad = startMs === null ? m[1]! : m[2]!
      throw fail(`cue ${name} has an unreadable timing '${bad}' (line ${lineNo})`)
    }
    if (endMs < startMs) throw fail(`cue ${name} has an end before its start (line ${lineNo})`)
    cues.push({ startMs, endMs, text: block.slice(timingAt + 1).join('\n'), order: cues.length })
  }
  if (cues.length === 0) {
    throw new ImportError(fileName, `${displayName(fileName)} is not a subtitle file (no cue timings found)`)
  }
  // Cues in time order, as players show them (a stable sort: cues starting together keep the file's order).
  cues.sort((a, b) => a.startMs - b.startMs || a.order - b.order)
  return { title, cues: cues.map(({ startMs, endMs, text }) => ({ startMs, endMs, text })) }
}

/**
 * The blocks of lines between blank lines, from line `from`; a block holding a second cue (a file whose blank
 * line between two cues was lost: "Hello" / "2" / "00:00:02,000 --> …") is cut before that cue's number.
 */
function blocks(lines: readonly string[], from: number): { start: number; lines: string[] }[] {
  const out: { start: number; lines: string[] }[] = []
  let i = from
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i++
    if (i >= lines.length) break
    let start = i
    const block: string[] = []
    while (i < lines.length && lines[i]!.trim() !== '') block.push(lines[i++]!)
    let cut = 0
    for (let j = 2; j < block.length; j++) {
      if (!TIMING.test(block[j]!) || j <= cut + 1) continue
      const at = /^\d+$/.test(block[j - 1]!.trim()) ? j - 1 : j
      out.push({ start, lines: block.slice(cut, at) })
      start += at - cut
      cut = at
    }
    out.push({ start, lines: block.slice(cut) })
  }
  return out
}

/** A timestamp in milliseconds, or null when it cannot be read. */
export function parseTime(s: string, kind: SubtitleKind): number | null {
  const m = VTT_TIME.exec(s) ?? (kind === 'srt' ? SRT_TIME.exec(s) : null)
  if (!m) return null
  const [h, min, sec] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])]
  if (min > 59 || sec > 59) return null
  const ms = Math.round(Number(`0.${m[4]}`) * 1000)
  const total = ((h * 60 + min) * 60 + sec) * 1000 + ms
  return Number.isSafeInteger(total) ? total : null
}

function titleLine(line: string): string | null {
  const m = /^\s*Title\s*:\s*(.*\S)\s*$/i.exec(line)
  return m ? cleanTitle(m[1]!) : null
}

function cleanTitle(s: string): string | null {
  const t = s.replace(/^[\s\-–—:]+/, '').trim()
  return t === '' || /^FILE$/i.test(t) ? null : t // "WEBVTT FILE": the format's early drafts, not a title
}
