import type { Nodes } from 'mdast'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { resolveExportView, type ExportScope } from './export-view'
import { reportSteps, type ReportOptions } from './report-model'
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
  return joinSections(reportSections(snapshot, scope, options).map((step) => step()))
}

/** The same report, with turns for other work between sections: progress, cancel, a responsive server. */
export async function exportMarkdownInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  ctl: SliceControl,
  options: ReportOptions = {}
): Promise<string> {
  return joinSections(await runInSlices(reportSections(snapshot, scope, options), ctl))
}

function reportSections(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  options: ReportOptions
): (() => string)[] {
  const written = new WeakMap<Nodes, string>()
  return reportSteps(resolveExportView(snapshot, scope), options).map((step) => () => {
    const children = step()
    return children.length > 0 ? stringifyMarkdown({ type: 'root', children }, { written }) : ''
  })
}

/** Each section is built only as it is written, and let go once written; an empty one (no sources) is left out. */
const joinSections = (sections: string[]): string => sections.filter((s) => s !== '').join('\n')
