import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importSrt, importVtt } from './import-subtitles'
import { makeTestCaptions, type TestTurn } from './testing/make-test-captions'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('subtitles cut from real transcripts (test-fixtures/import), read back as the transcript', () => {
  const paragraphsOf = (name: string): string[] =>
    JSON.parse(
      readFileSync(
        new URL(`../../../../test-fixtures/import/${name}.paragraphs.json`, import.meta.url),
        'utf8'
      )
    ) as string[]
  /** Turns from "LABEL: text" paragraphs; a paragraph without a label goes on with the turn before it. */
  const turnsOf = (paragraphs: string[]): TestTurn[] => {
    const turns: TestTurn[] = []
    for (const p of paragraphs) {
      const m = /^((?:MR\.? )?[A-Z][A-Z. ]*[A-Z.]):\s+(.*)$/.exec(p)
      if (m) turns.push({ speaker: m[1]!, paragraphs: [m[2]!] })
      else if (turns.length > 0) turns.at(-1)!.paragraphs.push(p)
      else turns.push({ speaker: null, paragraphs: [p] })
    }
    return turns
  }
  /**
   * What a reader of the captions sees: a turn's paragraphs split where a finished sentence meets a pause; with
   * voices, two turns of one speaker in a row are one (nothing in the file marks a new turn).
   */
  const expected = (turns: TestTurn[], labels: boolean, voices = false): string =>
    turns
      .reduce<TestTurn[]>((out, t) => {
        const last = out.at(-1)
        if (voices && last && last.speaker === t.speaker) {
          const joined = `${last.paragraphs.at(-1)!} ${t.paragraphs[0]!}`
          return [
            ...out.slice(0, -1),
            { ...last, paragraphs: [...last.paragraphs.slice(0, -1), joined, ...t.paragraphs.slice(1)] }
          ]
        }
        return [...out, t]
      }, [])
      .map((t) => {
        const joined = t.paragraphs.reduce((out, p) =>
          /[.!?…]["”’)\]]*$/u.test(out) ? `${out}\n\n${p}` : `${out} ${p}`
        )
        return labels && t.speaker ? `${t.speaker}: ${joined}` : joined
      })
      .join('\n\n')
  const sources = {
    'White House gaggle (MODERATOR:, MR. KIRBY:)': turnsOf(
      paragraphsOf('wh-gaggle-kirby-2024-02-20').slice(
        paragraphsOf('wh-gaggle-kirby-2024-02-20').indexOf('-'.repeat(72)) + 1
      )
    ),
    'State Department briefing (MR MILLER:, QUESTION:)': turnsOf(
      paragraphsOf('ukraine-records-2col').slice(
        paragraphsOf('ukraine-records-2col').indexOf('state-briefing-miller-2023-05-23') + 1
      )
    )
  }

  for (const [name, turns] of Object.entries(sources)) {
    it(`${name}: voices, labels and >> labels give the same transcript and turns`, async () => {
      for (const style of ['vtt-voices', 'srt-labels', 'srt-broadcast'] as const) {
        const voices = style === 'vtt-voices'
        const file = makeTestCaptions(turns, style)
        const src = await (voices ? importVtt : importSrt)(enc(file), `captions.${style}`)
        expect(src.text).toBe(expected(turns, true, voices))
        const speakers = turns.flatMap((t, i) =>
          t.speaker && !(voices && turns[i - 1]?.speaker === t.speaker) ? [t.speaker] : []
        )
        expect(src.turns!.map((t) => t.speaker)).toEqual(speakers)
        for (const t of src.turns!) expect(src.text.slice(t.start, t.labelEnd)).toBe(`${t.speaker}: `)
        expect(src.cues!.length).toBeGreaterThan(turns.length)
      }
      const dashes = await importSrt(enc(makeTestCaptions(turns, 'srt-dashes')), 'dashes.srt')
      expect(dashes.text).toBe(expected(turns, false))
      expect(dashes.turns).toBeUndefined()
    })
  }
})
