import { WorkspaceSnapshot, type Speaker } from '../../shared/domain'
import { z } from 'zod'
import { ApiError, SavedView, type ImportResult, type NamespaceHandlers } from '../../shared/api'
import type { Change } from '../model/change'
import type { Workspace } from '../workspace'
import type { ImportError as ImportErrorType } from '../services/import/imported-source'
import { contentHash } from '../services/ingest/content-hash'
import { snapshotChanges } from './snapshot-changes'
import type { Tasks } from '../tasks'

export function importHandlers(ws: Workspace, tasks: Tasks): NamespaceHandlers<'import'> {
  const s = ws.state
  const duplicateOf = (hash: string) => [...s.docs.values()].find((d) => d.document.contentHash === hash)
  return {
    'import.file': (input) =>
      tasks.run(input.taskId, `Importing ${input.fileName}`, async ({ signal, progress }) => {
        // Files are read and analysed in the import sandbox (a worker thread with memory and time limits):
        // pdf.js, jsdom, mammoth and the NLP never run on this thread. Only the state-touching part runs here.
        const { detectFormat } = await import('../services/import/detect-format')
        const { ImportError } = await import('../services/import/imported-source')
        const { importSandbox } = await import('../services/import/sandbox/import-sandbox')
        const { ImportSandboxError } = await import('../services/import/sandbox/import-sandbox-error')
        // Loaded while the worker reads the file (it is only needed after); a refusal leaves it unused.
        const ingesting = Promise.all([
          import('../services/ingest/ingest-text'),
          import('../services/qdpx/qdpx-changes'),
          import('../services/ingest/source-title-and-date')
        ])
        ingesting.catch(() => undefined)
        const decoded = Buffer.from(input.base64, 'base64')
        const bytes = new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength)
        const result: ImportResult = { imported: [], skipped: [], warnings: [] }
        const skipDuplicate = (hash: string): boolean => {
          const dup = input.duplicate === 'import' ? undefined : duplicateOf(hash)
          if (dup)
            result.skipped.push({
              fileName: input.fileName,
              reason: `the same text is already in the workspace as “${dup.document.title}”`,
              duplicateOf: dup.document.id
            })
          return dup !== undefined
        }
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
          const prepared = await importSandbox.run(bytes, input.fileName, {
            signal,
            onProgress: progress,
            // A duplicate is skipped before the (slow) analysis.
            onExtracted: ({ contentHash }) => contentHash === '' || !skipDuplicate(contentHash)
          })
          signal.throwIfAborted()
          const [{ ingestText }, { qdpxChanges }, { sourceTitleAndDate }] = await ingesting
          if (prepared.kind === 'qdpx') {
            const { project, analyses } = prepared
            progress(0, 0, `Saving ${input.fileName}`)
            return await ws.mutate(`Import ${input.fileName}`, () => {
              const { changes, imported, warnings } = qdpxChanges(s, project, analyses)
              result.imported.push(...imported)
              result.warnings.push(...project.warnings, ...warnings)
              return { changes, result }
            })
          }
          const { source: src, analysis } = prepared
          if (!analysis) return result // skipped as a duplicate
          const hash = contentHash(src.text)
          progress(0, 0, `Saving ${input.fileName}`)
          const found = sourceTitleAndDate(src, analysis.header)
          return await ws.mutate(`Import ${input.fileName}`, () => {
            signal.throwIfAborted()
            if (skipDuplicate(hash)) return { changes: [], result }
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
                cues: src.cues,
                bodyStart: analysis.bodyStart
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
          if (err instanceof ImportSandboxError) throw new ApiError('INTERNAL', err.message)
          throw err
        }
      })
  }
}

const SavedViewList = z.array(SavedView)

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
  const views = parsed.success && SavedViewList.safeParse(parsed.data.views ?? [])
  const error = !parsed.success ? parsed.error : views && !views.success ? views.error : null
  if (error) {
    const i = error.issues[0]!
    const path = (parsed.success ? ['views', ...i.path] : i.path).join('.')
    throw new ImportError(fileName, `${fileName} is not a Dossier export: ${path || '(root)'}: ${i.message}`)
  }
  return parsed.data!
}
