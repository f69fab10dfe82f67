import { z } from 'zod'
import { WorkspaceSnapshot } from '../../../shared/domain'
import { SavedView } from '../../../shared/api/saved-views'
import { resolveExportView, type ExportScope } from './export-view'

/** A snapshot that failed to parse; `message` is one line saying where (`path`) and why. */
export class SnapshotParseError extends Error {
  constructor(
    message: string,
    /** Where it failed, e.g. `documents[0].statements[3].start`; empty for the whole value. */
    readonly path: string
  ) {
    super(message)
    this.name = 'SnapshotParseError'
  }
}

/**
 * The workspace snapshot as pretty-printed JSON (2-space indent, trailing newline), validated against the
 * WorkspaceSnapshot schema first. With a scope it is the subset the scope selects (themes of the subtree;
 * statements, annotations, links, notes and speakers in scope) — still a valid snapshot, but ids that point
 * outside the subset (a parent theme, a tag on an out-of-scope theme, the far end of a link) are kept as they are.
 */
export function exportJson(snapshot: WorkspaceSnapshot, scope?: ExportScope): string {
  const value =
    scope?.themeId !== undefined || scope?.documentId !== undefined || scope?.statementIds !== undefined
      ? scoped(snapshot, scope)
      : snapshot
  const result = WorkspaceSnapshot.safeParse(value)
  if (!result.success) throw describe(result.error, 'Cannot export an invalid workspace snapshot')
  return `${JSON.stringify(result.data, null, 2)}\n`
}

/** Reads a snapshot from JSON text (a UTF-8 BOM is allowed); throws a SnapshotParseError with a one-line message. */
export function parseSnapshot(text: string): WorkspaceSnapshot {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (err) {
    throw new SnapshotParseError(
      `Invalid workspace snapshot: not JSON (${oneLine((err as Error).message)})`,
      ''
    )
  }
  const result = WorkspaceSnapshot.safeParse(value)
  if (!result.success) throw describe(result.error, 'Invalid workspace snapshot')
  const views = z.array(SavedView).safeParse(result.data.views ?? [])
  if (!views.success) {
    const issue = views.error.issues[0]!
    throw describe(
      new z.ZodError([{ ...issue, path: ['views', ...issue.path] }]),
      'Invalid workspace snapshot'
    )
  }
  return result.data
}

function scoped(snapshot: WorkspaceSnapshot, scope: ExportScope): WorkspaceSnapshot {
  const view = resolveExportView(snapshot, scope)
  const speakerIds = new Set(view.documents.flatMap((d) => d.statements.map((s) => s.speakerId)))
  return {
    ...snapshot,
    themes: view.themes.map((t) => t.theme),
    speakers: snapshot.speakers.filter((s) => speakerIds.has(s.id)),
    documents: view.documents.map(({ document, statements, annotations }) => ({
      document,
      statements,
      annotations
    })),
    links: view.links,
    notes: view.notes
  }
}

function describe(error: z.ZodError, lead: string): SnapshotParseError {
  const [first] = error.issues
  const path = formatPath(first?.path ?? [])
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : ''
  const where = path === '' ? '' : ` at ${path}`
  return new SnapshotParseError(`${lead}${where}: ${oneLine(first?.message ?? 'invalid')}${more}`, path)
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((p, i) =>
      typeof p === 'number'
        ? `[${p}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(p))
          ? `${i === 0 ? '' : '.'}${String(p)}`
          : `[${JSON.stringify(String(p))}]`
    )
    .join('')
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim()
