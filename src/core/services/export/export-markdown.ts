import type { WorkspaceSnapshot } from '../../../shared/domain'
import { resolveExportView, type ExportScope } from './export-view'
import { buildReport, type ReportOptions } from './report-model'
import { runInSlices, type SliceControl } from './run-in-slices'
import { stringifyMarkdown } from './stringify-markdown'

/**
 * The Markdown report of the workspace (or of the scope): see buildReport. Serialised section by section by
 * mdast-util-to-markdown, so every text is escaped and no raw HTML is written; sections start with a heading
 * (or are the sources' list and definitions), so joining them with a blank line is the same Markdown.
 */
export function exportMarkdown(
  snapshot: WorkspaceSnapshot,
  scope?: ExportScope,
  options: ReportOptions = {}
): string {
  return reportSections(snapshot, scope, options)
    .map((step) => step())
    .join('\n')
}

/** The same report, with turns for other work between sections: progress, cancel, a responsive server. */
export async function exportMarkdownInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  ctl: SliceControl,
  options: ReportOptions = {}
): Promise<string> {
  return (await runInSlices(reportSections(snapshot, scope, options), ctl)).join('\n')
}

function reportSections(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  options: ReportOptions
): (() => string)[] {
  const { sections } = buildReport(resolveExportView(snapshot, scope), options)
  return sections.map((children) => () => stringifyMarkdown({ type: 'root', children }))
}
