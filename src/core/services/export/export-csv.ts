import { stringify } from 'csv-stringify/sync'
import type { Statement, ThemeCoding, WorkspaceSnapshot } from '../../../shared/domain'
import {
  resolveExportView,
  resolveExportViewInSlices,
  type ExportCoding,
  type DocumentEntry,
  type ExportScope,
  type ExportView
} from './export-view'
import { concatText } from './concat-text'
import { runInSlices, type SliceControl } from './run-in-slices'

export const CSV_ROWS = ['statements', 'annotations', 'codings'] as const
export type CsvRows = (typeof CSV_ROWS)[number]

export const STATEMENT_COLUMNS = [
  'id',
  'document',
  'date',
  'speaker',
  'role',
  'themes',
  'text',
  'annotation notes',
  'links',
  'codings',
  'coded by'
] as const
export const ANNOTATION_COLUMNS = [
  'id',
  'document',
  'date',
  'quote',
  'themes',
  'note',
  'statement id',
  'created',
  'updated',
  'created by'
] as const
export const CODING_COLUMNS = [
  'statement id',
  'theme',
  'how',
  'quote',
  'annotation id',
  'document',
  'coder',
  'coded at'
] as const

/**
 * A CSV table of statements, annotations or codings, for spreadsheets: RFC 4180 (fields with `"`, `,`, CR or LF quoted,
 * quotes doubled), CRLF line endings, and a UTF-8 byte-order mark so Excel reads it as UTF-8.
 * Themes are full paths (`Escalation risk > Nuclear signalling`) joined with `; `; `date` is the document's
 * publication date. A statement row's `links` lists each link as relation and the other statement's id: `supports →
 * doc.4` for a link from this statement, `supports ← doc.2` for one to it. Several annotation notes in one cell are separated by a blank line. A statement row's `codings`
 * lists each theme that codes it, `(statement)` or `(highlight: “quote”)`, and `coded by` the coders who applied
 * them; `codings` rows give one row per coding and coder (`coder` empty for work recorded before coders were).
 *
 * Formula injection: a text cell starting with `=`, `+`, `-`, `@`, tab or CR (or their full-width forms) gets a
 * leading apostrophe (csv-stringify's `escape_formulas`), so Excel, LibreOffice and Google Sheets show it as
 * text instead of evaluating it. The apostrophe is part of the cell's value for any other reader.
 */
export function exportCsv(
  snapshot: WorkspaceSnapshot,
  scope?: ExportScope,
  rows: CsvRows = 'statements'
): string {
  const view = resolveExportView(snapshot, scope)
  const table = csvTable(view, snapshot, rows)
  return stringify(view.documents.flatMap(table.rowsOf), { ...table.options, header: true, bom: true })
}

/**
 * The same table, with turns for other work between documents and inside long ones (progress, cancel, a
 * responsive server): the header, then each document's rows, written on their own (a record ends with its line
 * break).
 */
export async function exportCsvInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  rows: CsvRows,
  ctl: SliceControl = {}
): Promise<string> {
  const view = await resolveExportViewInSlices(snapshot, scope, ctl)
  const table = csvTable(view, snapshot, rows)
  const header = stringify([], { ...table.options, header: true, bom: true })
  const steps = view.documents.map(
    (entry) =>
      // A long document's rows are written a run of its statements (or annotations) at a time, pausing after each.
      function* (): Generator<void, string> {
        const runs: string[] = []
        const { statements, annotations } = entry
        for (let i = 0; i < Math.max(statements.length, annotations.length); i += ROWS_PER_RUN) {
          const run = {
            ...entry,
            statements: statements.slice(i, i + ROWS_PER_RUN),
            annotations: annotations.slice(i, i + ROWS_PER_RUN)
          }
          runs.push(stringify(table.rowsOf(run), { ...table.options, header: false, bom: false }))
          yield
        }
        return concatText(runs)
      }
  )
  return header + concatText(await runInSlices<string>(steps, ctl))
}

/** How many statements' (or annotations') rows a run writes. */
const ROWS_PER_RUN = 100

function csvTable(view: ExportView, snapshot: WorkspaceSnapshot, rows: CsvRows) {
  const coders = new Map((snapshot.coders ?? []).map((c) => [c.id, c.name]))
  const coderName = (id: string | undefined) => (id === undefined ? '' : (coders.get(id) ?? id))
  const [rowsOf, columns] =
    rows === 'statements'
      ? [(d: DocumentEntry) => statementRows(view, d, coderName), STATEMENT_COLUMNS]
      : rows === 'annotations'
        ? [(d: DocumentEntry) => annotationRows(view, d, coderName), ANNOTATION_COLUMNS]
        : [(d: DocumentEntry) => codingRows(view, d, coderName), CODING_COLUMNS]
  return {
    rowsOf,
    options: {
      columns: [...columns],
      record_delimiter: 'windows' as const,
      quote_record_delimiter: true,
      escape_formulas: true
    }
  }
}

type Row = Record<string, string | number>
type CoderName = (id: string | undefined) => string

/** Who applied a coding's theme, earliest first: the statement's record, or its highlight's. */
function stampsOf(c: ExportCoding, statement: Statement): ThemeCoding[] {
  const record = c.how === 'statement' ? statement.codedBy : c.annotation.codedBy
  return (record ?? [])
    .filter((x) => x.themeId === c.themeId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

function statementRows(
  view: ExportView,
  { document, statements }: DocumentEntry,
  coderName: CoderName
): Row[] {
  return statements.map((s) => {
    const speaker = s.speakerId ? view.speakerById.get(s.speakerId) : undefined
    return {
      id: s.id,
      document: document.title,
      date: document.publishedAt ?? '',
      speaker: speaker?.name ?? '',
      role: speaker?.role ?? '',
      themes: themePaths(view, s.themeIds),
      text: s.text,
      'annotation notes': view
        .annotationsOfStatement(s.id)
        .map((a) => a.notePlain.trim())
        .filter((n) => n !== '')
        .join('\n\n'),
      links: view
        .linksOf(s.id)
        .map((l) => (l.fromId === s.id ? `${l.relation} → ${l.toId}` : `${l.relation} ← ${l.fromId}`))
        .join('; '),
      codings: view
        .codingsOf(s.id)
        .map((c) =>
          c.how === 'statement'
            ? `${themePaths(view, [c.themeId])} (statement)`
            : `${themePaths(view, [c.themeId])} (highlight: “${c.annotation.quote.exact}”)`
        )
        .join('; '),
      'coded by': [
        ...new Set(
          view
            .codingsOf(s.id)
            .flatMap((c) => stampsOf(c, s))
            .map((x) => coderName(x.createdBy))
        )
      ].join('; ')
    }
  })
}

function annotationRows(
  view: ExportView,
  { document, annotations }: DocumentEntry,
  coderName: CoderName
): Row[] {
  return annotations.map((a) => ({
    id: a.id,
    document: document.title,
    date: document.publishedAt ?? '',
    quote: a.quote.exact,
    themes: themePaths(view, a.themeIds),
    note: a.notePlain,
    'statement id': view.statementOfAnnotation(a)?.id ?? '',
    created: a.createdAt,
    updated: a.updatedAt,
    'created by': coderName(a.createdBy)
  }))
}

/**
 * One row per coding of an in-scope statement — whole (`statement`) or through a highlight touching it (`span`) —
 * and coder who applied it.
 */
function codingRows(view: ExportView, { document, statements }: DocumentEntry, coderName: CoderName): Row[] {
  return statements.flatMap((s) =>
    view.codingsOf(s.id).flatMap((c) => {
      const row = {
        'statement id': s.id,
        theme: themePaths(view, [c.themeId]),
        how: c.how,
        quote: c.how === 'span' ? c.annotation.quote.exact : '',
        'annotation id': c.how === 'span' ? c.annotation.id : '',
        document: document.title
      }
      const stamps = stampsOf(c, s)
      if (stamps.length === 0) return [{ ...row, coder: '', 'coded at': '' }]
      return stamps.map((x) => ({ ...row, coder: coderName(x.createdBy), 'coded at': x.createdAt }))
    })
  )
}

function themePaths(view: ExportView, ids: string[]): string {
  return ids
    .map((id) => view.themeById.get(id)?.path.join(' > '))
    .filter((p) => p !== undefined)
    .join('; ')
}
