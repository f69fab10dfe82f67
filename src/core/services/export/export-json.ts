import { z } from 'zod'
import { WorkspaceSnapshot } from '../../../shared/domain'
import { SavedView } from '../../../shared/api/saved-views'
import {
  resolveExportView,
  resolveExportViewInSlices,
  type ExportScope,
  type ExportView
} from './export-view'
import { runInSlices, type SliceControl, type SliceStep } from './run-in-slices'
import { indentedJson, spliceJsonArrays } from './splice-json-array'

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
  const result = WorkspaceSnapshot.safeParse(selected(snapshot, scope))
  if (!result.success) throw invalid(result.error)
  return `${JSON.stringify(result.data, null, 2)}\n`
}

/** The snapshot's long arrays, written element by element in their places; links and notes a run at a time. */
const SPLICED = [
  { key: 'documents', perStep: 1 },
  { key: 'links', perStep: 200 },
  { key: 'notes', perStep: 20 }
] as const
const DocumentEntry = WorkspaceSnapshot.shape.documents.element
/** How many of a document's statements (or annotations) are written between pauses. */
const PER_PAUSE = 200

/**
 * The same text, with turns for other work between documents (and inside long ones) and runs of links and
 * notes (progress, cancel, a responsive server): the rest of the snapshot is validated and written first, then
 * each element of those arrays, in its place. An invalid snapshot fails with the same error, from validating it
 * whole.
 */
export async function exportJsonInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  ctl: SliceControl = {}
): Promise<string> {
  const value = scopeless(scope)
    ? snapshot
    : scoped(await resolveExportViewInSlices(snapshot, scope, ctl), snapshot)
  let valid = SPLICED.every(({ key }) => Array.isArray(value[key]))
  /** The value, validated, as JSON `depth` arrays deep; '' once anything failed. */
  const write = (schema: z.ZodType, part: unknown, depth: number): string => {
    const result = valid ? schema.safeParse(part) : undefined
    valid &&= result?.success === true
    return result?.success ? indentedJson(result.data, depth) : ''
  }
  const rest = () => {
    const result = WorkspaceSnapshot.safeParse({ ...value, documents: [], links: [], notes: [] })
    valid &&= result.success
    return result.success ? [JSON.stringify(result.data, null, 2)] : []
  }
  /** A document entry: the rest of it, then its statements and annotations in their places, pausing between runs. */
  function* documentStep(entry: WorkspaceSnapshot['documents'][number]): Generator<void, string[]> {
    const head = write(DocumentEntry, { ...entry, statements: [], annotations: [] }, 2)
    const arrays: [string, string[]][] = []
    for (const key of ['statements', 'annotations'] as const) {
      const items: readonly unknown[] = entry[key]
      valid &&= Array.isArray(items)
      const written: string[] = []
      for (let i = 0; valid && i < items.length; i += PER_PAUSE) {
        for (const item of items.slice(i, i + PER_PAUSE))
          written.push(write(DocumentEntry.shape[key].element, item, 4))
        yield
      }
      arrays.push([key, written])
    }
    return valid ? [spliceJsonArrays(head, 3, arrays)] : []
  }
  const steps: SliceStep<string[]>[] = [rest]
  const arrays = SPLICED.map(({ key, perStep }) => {
    const first = steps.length
    if (key === 'documents')
      for (const entry of valid ? value.documents : []) steps.push(() => documentStep(entry))
    else {
      const elements: readonly unknown[] = valid ? value[key] : []
      const schema = WorkspaceSnapshot.shape[key].element
      for (let i = 0; i < elements.length; i += perStep)
        steps.push(() => elements.slice(i, i + perStep).map((element) => write(schema, element, 2)))
    }
    return { key, first, end: steps.length }
  })
  const written = await runInSlices(steps, ctl)
  if (!valid) {
    const whole = WorkspaceSnapshot.safeParse(value)
    throw whole.success
      ? new Error('exportJsonInSlices: a part failed that the whole passes')
      : invalid(whole.error)
  }
  const elements = arrays.map(({ key, first, end }) => [key, written.slice(first, end).flat()] as const)
  return `${spliceJsonArrays(written[0]![0]!, 1, elements)}\n`
}

const scopeless = (scope: ExportScope | undefined): boolean =>
  scope?.themeId === undefined && scope?.documentId === undefined && scope?.statementIds === undefined

const selected = (snapshot: WorkspaceSnapshot, scope: ExportScope | undefined): WorkspaceSnapshot =>
  scopeless(scope) ? snapshot : scoped(resolveExportView(snapshot, scope), snapshot)

const invalid = (error: z.ZodError): SnapshotParseError =>
  describe(error, 'Cannot export an invalid workspace snapshot')

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

function scoped(view: ExportView, snapshot: WorkspaceSnapshot): WorkspaceSnapshot {
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
