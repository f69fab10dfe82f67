import { WorkspaceSnapshot, type Speaker } from '../../shared/domain'
import { ApiError, type Handlers, type ImportResult } from '../../shared/api'
import type { Change } from '../model/change'
import type { Workspace } from '../workspace'
import type { ImportError as ImportErrorType } from '../services/import'
import { contentHash } from '../services/ingest/content-hash'
import { snapshotChanges } from './snapshot-changes'
import type { Tasks } from '../tasks'

export function importHandlers(ws: Workspace, tasks: Tasks): Pick<Handlers, 'import.file' | 'tasks.cancel'> {
  const s = ws.state
  const duplicateOf = (hash: string) => [...s.docs.values()].find((d) => d.document.contentHash === hash)
  return {
    'tasks.cancel': async ({ taskId }) => ({ cancelled: tasks.cancel(taskId) }),

    'import.file': (input) =>
      tasks.run(input.taskId, `Importing ${input.fileName}`, async ({ signal, progress }) => {
        // The importers (pdf.js, jsdom, mammoth) and the NLP behind attribution load on first use, not at startup.
        const { detectFormat, extractSource, parseQdpx, ImportError } = await import('../services/import')
        const { ingestText } = await import('../services/ingest/ingest-text')
        const { analyzeText } = await import('../services/ingest/analyze-text')
        const { sourceTitleAndDate } = await import('../services/ingest/source-title-and-date')
        const { qdpxChanges } = await import('./qdpx-changes')
        const bytes = new Uint8Array(Buffer.from(input.base64, 'base64'))
        const result: ImportResult = { imported: [], skipped: [], warnings: [] }
        try {
          const format = detectFormat(bytes, input.fileName)
          if (format === 'json') {
            const snapshot = parseSnapshotBytes(bytes, input.fileName, ImportError)
            return await ws.mutate(`Import ${input.fileName}`, () => {
              const changes = snapshotChanges(s, snapshot)
              for (const d of snapshot.documents)
                result.imported.push({
                  documentId: d.document.id,
                  title: d.document.title,
                  statements: d.statements.length
                })
              return { changes, result }
            })
          }
          if (format === 'qdpx') {
            const project = await parseQdpx(bytes, input.fileName, { signal, onProgress: progress })
            signal.throwIfAborted()
            progress(0, 0, `Saving ${input.fileName}`)
            return await ws.mutate(`Import ${input.fileName}`, () => {
              const { changes, imported, warnings } = qdpxChanges(s, project)
              result.imported.push(...imported)
              result.warnings.push(...project.warnings, ...warnings)
              return { changes, result }
            })
          }
          const src = await extractSource(bytes, input.fileName, { signal, onProgress: progress })
          signal.throwIfAborted()
          const hash = contentHash(src.text)
          const skipDuplicate = (): boolean => {
            const dup = input.duplicate === 'import' ? undefined : duplicateOf(hash)
            if (dup)
              result.skipped.push({
                fileName: input.fileName,
                reason: `the same text is already in the workspace as “${dup.document.title}”`,
                duplicateOf: dup.document.id
              })
            return dup !== undefined
          }
          if (skipDuplicate()) return result
          progress(0, src.text.length, `Finding statements and speakers in ${input.fileName}`)
          // The NLP runs before the workspace is locked for the change, in steps: it reports progress and can be
          // cancelled, and other requests are served meanwhile.
          const analysis = await analyzeText(src.text, 0, { signal, onProgress: progress }, src.turns)
          signal.throwIfAborted()
          progress(0, 0, `Saving ${input.fileName}`)
          const found = sourceTitleAndDate(src, analysis.header)
          return await ws.mutate(`Import ${input.fileName}`, () => {
            signal.throwIfAborted()
            if (skipDuplicate()) return { changes: [], result }
            const { bundle, newSpeakers } = ingestText(
              {
                text: src.text,
                title:
                  input.title ??
                  found.title ??
                  input.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''),
                publishedAt: input.date ?? found.publishedAt,
                authors: src.authors,
                source: input.source ? { ...src.source, publisher: input.source } : src.source,
                pages: src.pages,
                cues: src.cues
              },
              s.speakers.values(),
              analysis
            )
            if (bundle.statements.length === 0)
              throw new ImportError(input.fileName, `${input.fileName} has no sentences to import`)
            const changes: Change[] = newSpeakers.map(
              (sp: Speaker) => ({ kind: 'speaker', before: null, after: sp }) as Change
            )
            changes.push({ kind: 'document', before: null, after: bundle })
            result.imported.push({
              documentId: bundle.document.id,
              title: bundle.document.title,
              statements: bundle.statements.length
            })
            return { changes, result }
          })
        } catch (err) {
          if (err instanceof ImportError) throw new ApiError('INVALID_INPUT', err.message)
          throw err
        }
      })
  }
}

function parseSnapshotBytes(
  bytes: Uint8Array,
  fileName: string,
  ImportError: typeof ImportErrorType
): WorkspaceSnapshot {
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw new ImportError(fileName, `${fileName} is not valid JSON`)
  }
  const parsed = WorkspaceSnapshot.safeParse(raw)
  if (!parsed.success) {
    const i = parsed.error.issues[0]!
    throw new ImportError(
      fileName,
      `${fileName} is not a Dossier export: ${i.path.join('.') || '(root)'}: ${i.message}`
    )
  }
  return parsed.data
}
