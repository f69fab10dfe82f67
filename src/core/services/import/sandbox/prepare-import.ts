import { analyzeText, type TextAnalysis } from '../../ingest/analyze-text'
import { contentHash } from '../../ingest/content-hash'
import { extractLeadingDate } from '../../segment/extract-leading-date'
import { parseQdpx } from '../../qdpx/import-qdpx'
import type { QdpxProject } from '../../qdpx/qdpx-project'
import { detectFormat, extractSource } from '../index'
import { displayName, ImportError, importError, type ImportedSource } from '../imported-source'
import { throwIfAborted } from '../throw-if-aborted'
import { checkSentenceLengths } from './check-sentence-lengths'

/**
 * A file read and analysed, ready to be ingested on the main thread. `analysis` is null when the caller chose
 * to stop after extraction (a duplicate to skip). For a REFI-QDA project, `analyses[i]` is the analysis of
 * `project.sources[i]` from its leading date line on (see extractLeadingDate), null for a source with no text.
 */
export type PreparedImport =
  | { kind: 'source'; source: ImportedSource; analysis: TextAnalysis | null }
  | { kind: 'qdpx'; project: QdpxProject; analyses: (TextAnalysis | null)[] }

export interface PrepareSteps {
  signal?: AbortSignal
  onProgress?: (done: number, total: number, label?: string) => void
  /** Called once the file is read; answering false skips the analysis. */
  onExtracted?: (info: { textLength: number; contentHash: string }) => boolean | Promise<boolean>
}

/**
 * Everything slow and stateless in importing a file: extractSource (or parseQdpx for a .qdpx), then
 * analyzeText over the text (each source's, for a .qdpx). Meant to run in the import sandbox's worker; a
 * Dossier export (.json) is not handled here. Throws ImportError for a file that cannot be imported, including
 * one holding a sentence longer than a statement may be.
 */
export async function prepareImport(
  bytes: Uint8Array,
  fileName: string,
  steps: PrepareSteps = {}
): Promise<PreparedImport> {
  const { signal, onProgress } = steps
  const format = detectFormat(bytes, fileName)
  if (format === 'json') throw importError(fileName, 'is a Dossier export, not a source')
  const analysing = `Finding statements and speakers in ${displayName(fileName)}`
  if (format === 'qdpx') {
    const project = await parseQdpx(bytes, fileName, { signal, onProgress })
    const total = project.sources.reduce((n, s) => n + s.text.length, 0)
    const go = (await steps.onExtracted?.({ textLength: total, contentHash: '' })) ?? true
    const analyses: (TextAnalysis | null)[] = []
    let done = 0
    for (const src of project.sources) {
      throwIfAborted(signal)
      if (!go || !src.text.trim()) {
        analyses.push(null)
        continue
      }
      const { bodyStart } = extractLeadingDate(src.text)
      const fail = (p: string): ImportError =>
        new ImportError(fileName, `${displayName(fileName)}: source “${src.name}” ${p}`)
      const analysis = await analyzeText(src.text, bodyStart, {
        signal,
        onProgress: (d) => onProgress?.(done + d, total, analysing)
      })
      checkSentenceLengths(analysis.segmentation.sentences, fail)
      analyses.push(analysis)
      done += src.text.length
    }
    return { kind: 'qdpx', project, analyses }
  }

  const source = await extractSource(bytes, fileName, { signal, onProgress })
  throwIfAborted(signal)
  const fail = (p: string): ImportError => importError(fileName, p)
  const go = await steps.onExtracted?.({
    textLength: source.text.length,
    contentHash: contentHash(source.text)
  })
  if (go === false) return { kind: 'source', source, analysis: null }
  onProgress?.(0, source.text.length, analysing)
  const analysis = await analyzeText(source.text, source.bodyStart ?? 0, { signal, onProgress }, source.turns)
  checkSentenceLengths(analysis.segmentation.sentences, fail)
  return { kind: 'source', source, analysis }
}
