import type { Statement, Theme } from '../../../../shared/domain'
import { run } from '../../api'
import { openLinkPicker, requestInspectorFocus, select } from '../../app/app-state'
import { notify } from '../../app/toast'
import { notifyUndoable } from '../shortcuts/notify-undoable'
import { createTheme } from '../themes/theme-ops'
import { spansInRange, tagTarget, type TextRange } from './statement-ranges'

export async function highlight(documentId: string, range: TextRange): Promise<string | undefined> {
  const created = await run('annotations.create', { documentId, start: range.start, end: range.end })
  return created?.id
}

/** Creates a highlight and puts the caret in its note, in the inspector. */
export async function annotate(documentId: string, range: TextRange): Promise<void> {
  const id = await highlight(documentId, range)
  if (!id) return
  notifyUndoable('Highlighted the selection')
  select({ kind: 'annotation', id })
  requestInspectorFocus('note', id)
}

/**
 * Tags what a selection covers with a theme (creating the theme first when given a new name): the whole statements
 * it spans, or else a new highlight on exactly the selected words.
 */
export async function tagSelection(
  documentId: string,
  text: string,
  statements: readonly Statement[],
  range: TextRange,
  theme: Theme | { newName: string },
  themes: readonly Theme[]
): Promise<void> {
  const resolved = 'newName' in theme ? await createTheme(theme.newName, null, themes) : theme
  if (!resolved) return
  const target = tagTarget(text, statements, range.start, range.end)
  if (target.kind === 'statements') {
    const done = await run('statements.tag', { statementIds: target.ids, themeIds: [resolved.id] })
    if (done) {
      const n = target.ids.length
      notifyUndoable(`Tagged ${n === 1 ? 'the statement' : `${n} statements`} “${resolved.name}”`)
    }
  } else {
    const created = await run('annotations.create', {
      documentId,
      start: range.start,
      end: range.end,
      themeIds: [resolved.id]
    })
    if (created) notifyUndoable(`Highlighted and tagged “${resolved.name}”`)
  }
}

/** Opens the link picker from the statement where the selection starts. */
export function linkFromSelection(statements: readonly Statement[], range: TextRange): void {
  const from =
    spansInRange(statements, range.start, range.start)[0] ??
    spansInRange(statements, range.start, range.end)[0]
  if (!from) {
    notify('Select text inside a statement to cross-reference it.')
    return
  }
  openLinkPicker(from.id)
}

/** Describes what Tag… will do for this selection, shown above the theme picker. */
export function tagTargetHint(text: string, statements: readonly Statement[], range: TextRange): string {
  const target = tagTarget(text, statements, range.start, range.end)
  if (target.kind === 'annotation')
    return 'Part of a statement is selected: tags a new highlight on just these words.'
  const n = target.ids.length
  return n === 1 ? 'Tags the whole statement.' : `Tags all ${n} statements in the selection.`
}
