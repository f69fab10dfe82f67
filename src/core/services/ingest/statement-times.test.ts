import { describe, expect, it } from 'vitest'
import { statementTimes } from './statement-times'

describe('statementTimes', () => {
  //            0         1         2         3         4
  //            0123456789012345678901234567890123456789012345
  const text = 'Ann: We met at noon. We talked and\n\nthen left.'
  const cues = [
    { start: 0, end: 20, startMs: 1000, endMs: 2500 }, // "Ann: We met at noon."
    { start: 21, end: 34, startMs: 2500, endMs: 4000 }, // "We talked and"
    { start: 36, end: 46, startMs: 7000, endMs: 8200 } // "then left."
  ]
  it('spans from the first cue a statement overlaps to the last', () => {
    const statements = [
      { start: 5, end: 20 }, // "We met at noon."
      { start: 21, end: 46 } // "We talked and\n\nthen left."
    ]
    expect(text.slice(21, 46)).toBe('We talked and\n\nthen left.')
    expect(statementTimes(statements, cues)).toEqual([
      { startMs: 1000, endMs: 2500 },
      { startMs: 2500, endMs: 8200 }
    ])
  })

  it('gives two statements of one cue the same time, and none to text outside the cues', () => {
    const one = [{ start: 0, end: 10, startMs: 0, endMs: 900 }]
    expect(
      statementTimes(
        [
          { start: 0, end: 4 },
          { start: 5, end: 10 },
          { start: 12, end: 20 }
        ],
        one
      )
    ).toEqual([{ startMs: 0, endMs: 900 }, { startMs: 0, endMs: 900 }, undefined])
    expect(statementTimes([{ start: 0, end: 5 }], [])).toEqual([undefined])
  })

  it('keeps the latest end when cues overlap in time (two voices at once)', () => {
    const overlapping = [
      { start: 0, end: 5, startMs: 1000, endMs: 9000 },
      { start: 6, end: 10, startMs: 2000, endMs: 3000 }
    ]
    expect(statementTimes([{ start: 0, end: 10 }], overlapping)).toEqual([{ startMs: 1000, endMs: 9000 }])
  })
})

describe('statement times through import and ingest (real captions)', () => {
  it('gives every statement of the DoD/DVIDS hearing captions the time of its cues', async () => {
    const { readFileSync } = await import('node:fs')
    const { importSrt } = await import('../import/import-subtitles')
    const { ingestText } = await import('./ingest-text')
    const { Statement } = await import('../../../shared/domain/statement')
    const path = new URL('../../../../test-fixtures/import/dod-sasc-eucom-2024-04-11.srt', import.meta.url)
    const src = await importSrt(new Uint8Array(readFileSync(path)), 'hearing.srt')
    const { bundle } = ingestText({ text: src.text, title: 'Hearing', publishedAt: null, cues: src.cues }, [])
    const statements = bundle.statements
    expect(statements.length).toBeGreaterThan(10)
    for (const s of statements) {
      expect(s.time).toBeDefined()
      expect(Statement.safeParse(s).success).toBe(true)
    }
    const recognize = statements.find((s) => s.text.startsWith('Let me recognize you'))!
    expect(recognize.time).toEqual({ startMs: 19000, endMs: 21222 }) // cue 8
    const thanks = statements.find((s) => s.text.startsWith('Thank you , Chairman'))!
    expect(thanks.time).toEqual({ startMs: 21319, endMs: 27663 }) // cues 9 to 11
  })
})
