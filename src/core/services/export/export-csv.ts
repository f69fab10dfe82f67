import { stringify } from 'csv-stringify/sync'
import type { Statement, ThemeCoding, WorkspaceSnapshot } from '../../../shared/domain'
import { resolveExportView, type ExportCoding, type ExportScope, type ExportView } from './export-view'

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
  const coders = new Map((snapshot.coders ?? []).map((c) => [c.id, c.name]))
  const coderName = (id: string | undefined) => (id === undefined ? '' : (coders.get(id) ?? id))
  const [records, columns] =
    rows === 'statements'
      ? [statementRows(view, coderName), STATEMENT_COLUMNS]
      : rows === 'annotations'
        ? [annotationRows(view, coderName), ANNOTATION_COLUMNS]
        : [codingRows(view, coderName), CODING_COLUMNS]
  return stringify(records, {
    header: true,
    columns: [...columns],
    bom: true,
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    escape_formulas: true
  })
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

function statementRows(view: ExportView, coderName: CoderName): Row[] {
  return view.documents.flatMap(({ document, statements }) =>
    statements.map((s) => {
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
  )
}

function annotationRows(view: ExportView, coderName: CoderName): Row[] {
  return view.documents.flatMap(({ document, annotations }) =>
    annotations.map((a) => ({
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
  )
}

/**
 * One row per coding of an in-scope statement — whole (`statement`) or through a highlight touching it (`span`) —
 * and coder who applied it.
 */
function codingRows(view: ExportView, coderName: CoderName): Row[] {
  return view.documents.flatMap(({ document, statements }) =>
    statements.flatMap((s) =>
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
  )
}

function themePaths(view: ExportView, ids: string[]): string {
  return ids
    .map((id) => view.themeById.get(id)?.path.join(' > '))
    .filter((p) => p !== undefined)
    .join('; ')
}
