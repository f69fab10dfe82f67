import type { Nodes, RootContent } from 'mdast'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { resolveExportView, resolveExportViewInSlices, type ExportScope } from './export-view'
import { planReport, type ReportOptions } from './report-model'
import { concatText } from './concat-text'
import { finishAtOnce, finishInSlices, runInSlices, type SliceControl } from './run-in-slices'
import { stringifyMarkdownSteps } from './stringify-markdown'

/**
 * The Markdown report of the workspace (or of the scope): see buildReport. Serialised step by step (see
 * planReport) by mdast-util-to-markdown, so every text is escaped and no raw HTML is written; no step starts
 * with a list, so joining them with a blank line is the same Markdown.
 */
export function exportMarkdown(
  snapshot: WorkspaceSnapshot,
  scope?: ExportScope,
  options: ReportOptions = {}
): string {
  const steps = finishAtOnce(planReport(resolveExportView(snapshot, scope), options))
  return joinSections(markdownSteps(steps).map((step) => finishAtOnce(step())))
}

/** The same report, with turns for other work between its steps: progress, cancel, a responsive server. */
export async function exportMarkdownInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  ctl: SliceControl,
  options: ReportOptions = {}
): Promise<string> {
  const view = await resolveExportViewInSlices(snapshot, scope, ctl)
  const steps = await finishInSlices(planReport(view, options), ctl)
  return joinSections(await runInSlices<string>(markdownSteps(steps), ctl))
}

function markdownSteps(steps: readonly (() => RootContent[])[]): (() => Generator<void, string>)[] {
  const written = new WeakMap<Nodes, string>()
  return steps.map(
    (step) =>
      // A step is written at once, but for the sources: a long list and its definitions, written in runs.
      function* () {
        const children = step()
        return children.length > 0 ? yield* stringifyMarkdownSteps(children, { written }, 200) : ''
      }
  )
}

/** Each step's blocks are built only as they are written, and let go once written; an empty step (no sources) is left out. */
const joinSections = (sections: string[]): string =>
  concatText(
    sections.filter((s) => s !== ''),
    '\n'
  )
