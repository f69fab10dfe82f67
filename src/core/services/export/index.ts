import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/api/inputs'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { exportCsv, exportCsvInSlices, type CsvRows } from './export-csv'
import { exportDocx, exportDocxInSlices } from './export-docx'
import { exportHtml, exportHtmlInSlices } from './export-html'
import { exportJson, exportJsonInSlices } from './export-json'
import { exportMarkdown, exportMarkdownInSlices } from './export-markdown'
import { exportObsidian, exportObsidianInSlices } from './export-obsidian'
import { exportQdc, exportQdcInSlices } from '../qdpx/export-qdc'
import { exportQdpx, exportQdpxInSlices } from '../qdpx/export-qdpx'
import { resolveExportView, type ExportScope } from './export-view'
import { exportW3c, exportW3cInSlices } from './export-w3c'
import type { SliceControl } from './run-in-slices'
import { sanitizeFileName } from './sanitize-file-name'

export { CSV_ROWS, exportCsv, type CsvRows } from './export-csv'
export { exportJson, parseSnapshot, SnapshotParseError } from './export-json'
export { exportDocx } from './export-docx'
export { exportHtml } from './export-html'
export { exportMarkdown } from './export-markdown'
export { exportObsidian } from './export-obsidian'
export { ExportScopeError, type ExportScope } from './export-view'
export { exportW3c, type W3cAnnotation, type W3cAnnotationCollection } from './export-w3c'
export { base64Steps } from './base64-steps'
export { finishInSlices } from './run-in-slices'

/** The formats, declared once in the API contract (`export.run`) and re-exported here. */
export { EXPORT_FORMATS, type ExportFormat }
export const isExportFormat = (v: unknown): v is ExportFormat => EXPORT_FORMATS.includes(v as ExportFormat)

export interface ExportOptions {
  scope?: ExportScope
  /** For `csv`: one row per statement (default) or per annotation. */
  csvRows?: CsvRows
  /** For the report (markdown, docx, html): keep themes that code nothing. */
  keepEmptyThemes?: boolean
}

export interface ExportResult {
  /** Relative path → content. One entry (named `suggestedName`) for single-file formats; a vault for obsidian. */
  files: Map<string, Uint8Array | string>
  /** A file name (or, for obsidian, a folder name) built from the workspace name and the scope. */
  suggestedName: string
  mediaType: string
}

/**
 * runExport, for a service: the same files, written in slices with turns for other work between them (progress
 * in steps from 0 to the end, cancel, and other requests served meanwhile). The codebook alone (qdc) is small
 * and written at once, as one step, once the workspace's view is made.
 */
export async function runExportInSlices(
  format: ExportFormat,
  snapshot: WorkspaceSnapshot,
  opts: ExportOptions & SliceControl = {}
): Promise<ExportResult> {
  const { scope } = opts
  const base = baseName(snapshot, scope)
  const single = singleFile(base)
  switch (format) {
    case 'markdown':
      return single('.md', MARKDOWN, await exportMarkdownInSlices(snapshot, scope, opts, reportOptions(opts)))
    case 'docx':
      return single('.docx', DOCX, await exportDocxInSlices(snapshot, scope, opts, reportOptions(opts)))
    case 'html':
      return single('.html', HTML, await exportHtmlInSlices(snapshot, scope, opts, reportOptions(opts)))
    case 'obsidian':
      return {
        files: await exportObsidianInSlices(snapshot, scope, opts),
        suggestedName: base,
        mediaType: MARKDOWN
      }
    case 'json':
      return single('.json', JSON_TYPE, await exportJsonInSlices(snapshot, scope, opts))
    case 'w3c':
      return single('.jsonld', W3C, await exportW3cInSlices(snapshot, scope, opts))
    case 'qdpx':
      return single('.qdpx', ZIP, await exportQdpxInSlices(snapshot, scope, opts))
    case 'qdc':
      return single('.qdc', XML, await exportQdcInSlices(snapshot, scope, opts))
    case 'csv': {
      const rows = opts.csvRows ?? 'statements'
      return single(` (${rows}).csv`, CSV, await exportCsvInSlices(snapshot, scope, rows, opts))
    }
    default:
      throw new Error(`Unknown export format "${String(format satisfies never)}"`)
  }
}

const MARKDOWN = 'text/markdown; charset=utf-8'
const ZIP = 'application/zip'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const HTML = 'text/html; charset=utf-8'
const JSON_TYPE = 'application/json'
const W3C = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
const XML = 'application/xml'
const CSV = 'text/csv; charset=utf-8'

const reportOptions = (opts: ExportOptions) => ({ keepEmptyThemes: opts.keepEmptyThemes })

/** Runs one exporter. Pure: nothing is written; the caller saves `files`. */
export async function runExport(
  format: ExportFormat,
  snapshot: WorkspaceSnapshot,
  opts: ExportOptions = {}
): Promise<ExportResult> {
  const { scope } = opts
  const base = baseName(snapshot, scope)
  const single = singleFile(base)
  switch (format) {
    case 'markdown':
      return single('.md', MARKDOWN, exportMarkdown(snapshot, scope, reportOptions(opts)))
    case 'docx':
      return single('.docx', DOCX, await exportDocx(snapshot, scope, reportOptions(opts)))
    case 'html':
      return single('.html', HTML, exportHtml(snapshot, scope, reportOptions(opts)))
    case 'obsidian':
      return { files: new Map(exportObsidian(snapshot, scope)), suggestedName: base, mediaType: MARKDOWN }
    case 'json':
      return single('.json', JSON_TYPE, exportJson(snapshot, scope))
    case 'w3c':
      return single('.jsonld', W3C, `${JSON.stringify(exportW3c(snapshot, scope), null, 2)}\n`)
    case 'qdpx':
      return single('.qdpx', ZIP, exportQdpx(snapshot, scope))
    case 'qdc':
      return single('.qdc', XML, exportQdc(snapshot, scope))
    case 'csv': {
      const rows = opts.csvRows ?? 'statements'
      return single(` (${rows}).csv`, CSV, exportCsv(snapshot, scope, rows))
    }
    default:
      throw new Error(`Unknown export format "${String(format satisfies never)}"`)
  }
}

/** A one-file result named `<base><ext>`. */
const singleFile =
  (base: string) =>
  (ext: string, mediaType: string, content: Uint8Array | string): ExportResult => ({
    files: new Map([[`${base}${ext}`, content]]),
    suggestedName: `${base}${ext}`,
    mediaType
  })

function baseName(snapshot: WorkspaceSnapshot, scope: ExportScope | undefined): string {
  const parts = [snapshot.meta.name]
  if (scope?.themeId !== undefined || scope?.documentId !== undefined) {
    const view = resolveExportView(snapshot, scope)
    if (scope.themeId !== undefined) parts.push(view.themeById.get(scope.themeId)!.theme.name)
    if (scope.documentId !== undefined) parts.push(view.documents[0]!.document.title)
  }
  return sanitizeFileName(parts.join(' - '), 'Dossier export')
}
