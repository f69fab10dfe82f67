import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scoreFile, totals, type Label } from '../../../../scripts/eval/ingest-attribution'
import { extractSource } from '../import'
import { analyzeText } from './analyze-text'
import { sourceTitleAndDate } from './source-title-and-date'
import { ingestText } from './ingest-text'

const DIR = join(import.meta.dirname, '..', '..', '..', '..', 'test-fixtures', 'ingest')
const labels = JSON.parse(readFileSync(join(DIR, 'shared', 'labels.json'), 'utf8')) as Record<string, Label[]>

/** Imports a file of the office set (see scripts/fixtures/make-office-fixtures.sh) into an empty workspace. */
async function importOffice(name: string) {
  const bytes = new Uint8Array(readFileSync(join(DIR, 'office', name)))
  const src = await extractSource(bytes, name)
  const analysis = await analyzeText(src.text, 0, {}, src.turns)
  const found = sourceTitleAndDate(src, analysis.header)
  const { bundle, newSpeakers } = ingestText(
    {
      text: src.text,
      title: found.title ?? name,
      publishedAt: found.publishedAt
    },
    [],
    analysis
  )
  const names = new Map(newSpeakers.map((s) => [s.id, s.name]))
  const statements = bundle.statements.map((s) => ({
    start: s.start,
    end: s.end,
    speaker: s.speakerId ? names.get(s.speakerId)! : null
  }))
  return { bundle, speakers: newSpeakers.map((s) => s.name).sort(), statements }
}

const CASES = [
  {
    file: 'wh-gaggle-kirby-2024-02-20',
    speakers: ['Kirby', 'Moderator'],
    title: null,
    date: null
  },
  {
    file: 'app-biden-rehoboth-2024-02-19',
    speakers: ['Joe Biden', 'Question (reporter)'],
    title:
      'Remarks on United States Assistance to Ukraine and an Exchange With Reporters in Rehoboth Beach, Delaware',
    date: '2024-02-19'
  },
  {
    file: 'state-briefing-miller-2023-05-23',
    speakers: ['Miller', 'Question (reporter)'],
    title: null,
    date: null
  }
]

describe('real transcripts from txt, docx and pdf', () => {
  for (const c of CASES) {
    for (const ext of ['txt', 'docx', 'pdf']) {
      it(`${c.file}.${ext}: every labelled turn attributed, no other speakers, header read`, async () => {
        const got = await importOffice(`${c.file}.${ext}`)
        expect(got.speakers).toEqual(c.speakers)
        const score = scoreFile(
          c.file,
          'transcript',
          { text: got.bundle.document.text, title: null, publishedAt: null, statements: got.statements },
          labels[`${c.file}.txt`]!
        )
        const t = totals([score])
        expect(
          score.results.filter(
            (r) => r.verdict !== 'right' && r.verdict !== 'none-right' && r.verdict !== 'no-statement'
          ),
          'labels not attributed right'
        ).toEqual([])
        expect(t.recall).toBe(1)
        if (c.title) expect(got.bundle.document.title).toBe(c.title)
        if (c.date) expect(got.bundle.document.publishedAt).toBe(c.date)
        for (const s of got.bundle.statements)
          expect(s.text).not.toMatch(/^(?:MR|MS|Q|QUESTION|MODERATOR)\b[.:]/)
      })
    }
  }
})
