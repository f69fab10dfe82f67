import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/api/inputs'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { exportCsv, type CsvRows } from './export-csv'
import { exportDocx } from './export-docx'
import { exportHtml } from './export-html'
import { exportJson } from './export-json'
import { exportMarkdown, exportMarkdownInSlices } from './export-markdown'
import { exportObsidian, exportObsidianInSlices } from './export-obsidian'
import { exportQdc } from '../qdpx/export-qdc'
import { exportQdpx, exportQdpxInSlices } from '../qdpx/export-qdpx'
import { resolveExportView, type ExportScope } from './export-view'
import { exportW3c } from './export-w3c'
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
 * runExport, for a service: the Markdown report, the Obsidian vault and the REFI-QDA project (the slow ones at
 * scale) are written in slices, with progress, cancel and other requests served between them; the others run
 * at once, reported as one step.
 */
export async function runExportInSlices(
  format: ExportFormat,
  snapshot: WorkspaceSnapshot,
  opts: ExportOptions & SliceControl = {}
): Promise<ExportResult> {
  const { scope } = opts
  const base = baseName(snapshot, scope)
  if (format === 'markdown') {
    const text = await exportMarkdownInSlices(snapshot, scope, opts, reportOptions(opts))
    return { files: new Map([[`${base}.md`, text]]), suggestedName: `${base}.md`, mediaType: MARKDOWN }
  }
  if (format === 'obsidian')
    return {
      files: await exportObsidianInSlices(snapshot, scope, opts),
      suggestedName: base,
      mediaType: MARKDOWN
    }
  if (format === 'qdpx') {
    const data = await exportQdpxInSlices(snapshot, scope, opts)
    return { files: new Map([[`${base}.qdpx`, data]]), suggestedName: `${base}.qdpx`, mediaType: ZIP }
  }
  opts.onProgress?.(0, 1)
  const result = await runExport(format, snapshot, opts)
  opts.onProgress?.(1, 1)
  return result
}

const MARKDOWN = 'text/markdown; charset=utf-8'
const ZIP = 'application/zip'

const reportOptions = (opts: ExportOptions) => ({ keepEmptyThemes: opts.keepEmptyThemes })

/** Runs one exporter. Pure: nothing is written; the caller saves `files`. */
export async function runExport(
  format: ExportFormat,
  snapshot: WorkspaceSnapshot,
  opts: ExportOptions = {}
): Promise<ExportResult> {
  const { scope } = opts
  const base = baseName(snapshot, scope)
  const single = (ext: string, mediaType: string, content: Uint8Array | string): ExportResult => ({
    files: new Map([[`${base}${ext}`, content]]),
    suggestedName: `${base}${ext}`,
    mediaType
  })
  switch (format) {
    case 'markdown':
      return single('.md', MARKDOWN, exportMarkdown(snapshot, scope, reportOptions(opts)))
    case 'docx':
      return single(
        '.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        await exportDocx(snapshot, scope, reportOptions(opts))
      )
    case 'html':
      return single('.html', 'text/html; charset=utf-8', exportHtml(snapshot, scope, reportOptions(opts)))
    case 'obsidian':
      return {
        files: new Map(exportObsidian(snapshot, scope)),
        suggestedName: base,
        mediaType: 'text/markdown; charset=utf-8'
      }
    case 'json':
      return single('.json', 'application/json', exportJson(snapshot, scope))
    case 'w3c':
      return single(
        '.jsonld',
        'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        `${JSON.stringify(exportW3c(snapshot, scope), null, 2)}\n`
      )
    case 'qdpx':
      return single('.qdpx', ZIP, exportQdpx(snapshot, scope))
    case 'qdc':
      return single('.qdc', 'application/xml', exportQdc(snapshot, scope))
    case 'csv': {
      const rows = opts.csvRows ?? 'statements'
      return single(` (${rows}).csv`, 'text/csv; charset=utf-8', exportCsv(snapshot, scope, rows))
    }
    default:
      throw new Error(`Unknown export format "${String(format satisfies never)}"`)
  }
}

function baseName(snapshot: WorkspaceSnapshot, scope: ExportScope | undefined): string {
  const parts = [snapshot.meta.name]
  if (scope?.themeId !== undefined || scope?.documentId !== undefined) {
    const view = resolveExportView(snapshot, scope)
    if (scope.themeId !== undefined) parts.push(view.themeById.get(scope.themeId)!.theme.name)
    if (scope.documentId !== undefined) parts.push(view.documents[0]!.document.title)
  }
  return sanitizeFileName(parts.join(' - '), 'Dossier export')
}
