/** Test helper: cuts a transcript into subtitle cues the way captioning tools do. */

/** A speaker's turn: its paragraphs; speaker null for unattributed text (a dateline). */
export interface TestTurn {
  speaker: string | null
  paragraphs: string[]
}

/**
 * How the speaker is marked: WebVTT `<v Name>` on every cue; an SRT `NAME:` label on a turn's first cue;
 * broadcast SRT `>> NAME:`; or a dialogue dash `- ` on a turn's first cue (no name).
 */
export type CaptionStyle = 'vtt-voices' | 'srt-labels' | 'srt-broadcast' | 'srt-dashes'

const LINE = 37
const CHARS_PER_SECOND = 15
/** Between paragraphs of one speaker (a pause long enough for a new paragraph), and between turns. */
const PARAGRAPH_PAUSE_MS = 2500
const TURN_PAUSE_MS = 400

/**
 * A subtitle file for the turns: text in lines of at most 37 characters, two lines a cue, timed at 15 characters
 * a second, cues back to back within a paragraph (a cue often ends mid-sentence), 2.5 s of silence between a
 * speaker's paragraphs and 0.4 s between turns.
 */
export function makeTestCaptions(turns: readonly TestTurn[], style: CaptionStyle): string {
  const cues: { start: number; end: number; lines: string[] }[] = []
  let t = 1000
  turns.forEach((turn, k) => {
    if (k > 0) t += TURN_PAUSE_MS
    turn.paragraphs.forEach((paragraph, p) => {
      if (p > 0) t += PARAGRAPH_PAUSE_MS
      const lines = wrap(paragraph.replace(/\s+/g, ' ').trim())
      // A description alone in the last cue ("(Laughter.)") would be dropped as no speech: keep it with the speech.
      if (lines.length % 2 === 1 && lines.length > 1 && /^\(.*\)$/.test(lines.at(-1)!)) {
        lines[lines.length - 2] += ` ${lines.pop()!}`
      }
      for (let i = 0; i < lines.length; i += 2) {
        const text = lines.slice(i, i + 2)
        const ms = Math.max(1000, Math.round((text.join(' ').length / CHARS_PER_SECOND) * 1000))
        if (turn.speaker !== null && style === 'vtt-voices') text[0] = `<v ${turn.speaker}>${text[0]}`
        else if (turn.speaker !== null && p === 0 && i === 0) {
          const mark: Record<CaptionStyle, string> = {
            'vtt-voices': '',
            'srt-labels': `${turn.speaker}: `,
            'srt-broadcast': `>> ${turn.speaker}: `,
            'srt-dashes': '- '
          }
          text[0] = `${mark[style]}${text[0]}`
        }
        cues.push({ start: t, end: t + ms, lines: text })
        t += ms
      }
    })
  })
  const escape = (s: string): string => (style === 'vtt-voices' ? s.replace(/&/g, '&amp;') : s)
  if (style === 'vtt-voices') {
    const blocks = cues.map(
      (c) => `${stamp(c.start, '.')} --> ${stamp(c.end, '.')}\n${c.lines.map(escape).join('\n')}`
    )
    return `WEBVTT\n\n${blocks.join('\n\n')}\n`
  }
  const blocks = cues.map(
    (c, i) => `${i + 1}\n${stamp(c.start, ',')} --> ${stamp(c.end, ',')}\n${c.lines.join('\n')}`
  )
  return `${blocks.join('\r\n\r\n').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r')}\r\n`
}

function wrap(text: string): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > LINE) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines
}

function stamp(ms: number, comma: ',' | '.'): string {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0')
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor(ms / 60_000) % 60
  const s = Math.floor(ms / 1000) % 60
  return `${pad(h)}:${pad(m)}:${pad(s)}${comma}${pad(ms % 1000, 3)}`
}
