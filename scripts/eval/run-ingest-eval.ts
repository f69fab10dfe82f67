import { join } from 'node:path'
import { extractSource } from '../../src/core/services/import'
import { analyzeText } from '../../src/core/services/ingest/analyze-text'
import { sourceTitleAndDate } from '../../src/core/services/ingest/source-title-and-date'
import { ingestText } from '../../src/core/services/ingest/ingest-text'
import {
  readCorpus,
  scoreFile,
  type CorpusFile,
  type FileScore,
  type Imported,
  type Kinds
} from './ingest-attribution'

export const INGEST_DIR = join(import.meta.dirname, '..', '..', 'test-fixtures', 'ingest')

/** The labelled sets under test-fixtures/ingest (each a folder with labels.json and a README). */
export const LABELLED_SETS = ['seed', 'shared', 'collected', 'prose', 'blind'] as const

/** Imports one corpus file through the real import path, as a `.txt` (or its own extension), into an empty workspace. */
export async function importCorpusFile(f: CorpusFile): Promise<Imported> {
  const name = f.as ? f.file.replace(/\.[^.]+$/, `.${f.as}`) : f.file
  const bytes = new TextEncoder().encode(f.body)
  const src = await extractSource(bytes, name)
  const analysis = await analyzeText(src.text, src.bodyStart ?? 0, {}, src.turns)
  const found = sourceTitleAndDate(src, analysis.header)
  const { bundle, newSpeakers } = ingestText(
    {
      text: src.text,
      title: found.title ?? name.replace(/\.[^.]+$/, ''),
      publishedAt: found.publishedAt,
      authors: src.authors,
      source: src.source,
      bodyStart: analysis.bodyStart
    },
    [],
    analysis
  )
  const names = new Map(newSpeakers.map((s) => [s.id, s.name]))
  return {
    text: bundle.document.text,
    title: found.title,
    publishedAt: bundle.document.publishedAt,
    statements: bundle.statements.map((s) => ({
      start: s.start,
      end: s.end,
      speaker: s.speakerId ? (names.get(s.speakerId) ?? s.speakerId) : null
    }))
  }
}

export async function evaluateFolder(dir: string, kinds: Kinds): Promise<FileScore[]> {
  const scores: FileScore[] = []
  for (const f of readCorpus(dir, kinds)) {
    let imported: Imported
    try {
      imported = await importCorpusFile(f)
    } catch (err) {
      scores.push({
        ...scoreFile(f.file, f.kind, { text: '', title: '', publishedAt: null, statements: [] }, []),
        error: String((err as Error).message)
      })
      continue
    }
    const score = scoreFile(f.file, f.kind, imported, f.labels)
    const norm = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase()
    if (f.expectTitle !== undefined)
      score.title = {
        expected: f.expectTitle,
        got: imported.title,
        ok: norm(imported.title) === norm(f.expectTitle)
      }
    if (f.expectDate !== undefined)
      score.date = {
        expected: f.expectDate,
        got: imported.publishedAt,
        ok: (imported.publishedAt ?? '').slice(0, 10) === (f.expectDate ?? '')
      }
    scores.push(score)
  }
  return scores
}
