import type { KeyboardEvent } from 'react'
import type { Statement } from '../../../../shared/domain'
import { appStore, openLinkPicker, requestInspectorFocus, select } from '../../app/app-state'
import { notify } from '../../app/toast'
import { annotate, linkFromSelection } from './reader-actions'
import { adjacentSpan, statementBoundary, wordBoundary, type TextRange } from './statement-ranges'

interface ReaderKeyOptions {
  documentId: string
  text: string
  statements: Statement[]
  readOnly: boolean
  textRange(): TextRange | null
  clearTextSelection(): void
  openTagBubble(): void
  reveal(statementId: string): void
  announce(message: string): void
  toggleSpeakers(): void
  /** Sets the text selection from `anchor` to `head` (text offsets). */
  extendSelection(anchor: number, head: number): void
  /** The text selection's ends as text offsets, or null when it is empty. */
  selectionOffsets(): { anchor: number; head: number } | null
}

const READ_ONLY = 'This workspace is open read-only.'

/**
 * The reader's keys: j/k (or arrows) select the next/previous statement, Enter moves focus to the inspector,
 * t/a/l tag, annotate or link the selected text or statement, s shows or hides speakers, Shift+arrows extend a text
 * selection (from the selected statement) by a word or to a statement boundary, Escape clears.
 */
export function readerKeyHandler(o: ReaderKeyOptions) {
  return (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return
    const target = e.target as HTMLElement
    if (!target.classList.contains('reader-prose')) return
    const selection = appStore.getState().selection
    const statementId = selection?.kind === 'statement' ? selection.id : null
    const range = o.textRange()

    const move = (dir: 1 | -1) => {
      const next = adjacentSpan(o.statements, statementId, dir)
      if (!next) return
      select({ kind: 'statement', id: next.id })
      o.reveal(next.id)
      const index = o.statements.indexOf(next)
      o.announce(`Statement ${index + 1} of ${o.statements.length}: ${next.text}`)
    }

    const extend = (dir: 1 | -1, unit: 'word' | 'statement') => {
      let ends = o.selectionOffsets()
      if (!ends) {
        const s = o.statements.find((x) => x.id === statementId) ?? o.statements[0]
        if (!s) return
        const at = dir === 1 ? s.start : s.end
        ends = { anchor: at, head: at }
      }
      const head =
        unit === 'word'
          ? wordBoundary(o.text, ends.head, dir)
          : statementBoundary(o.statements, ends.head, dir)
      o.extendSelection(ends.anchor, head)
    }

    if (e.shiftKey && e.key.startsWith('Arrow')) {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') extend(e.key === 'ArrowRight' ? 1 : -1, 'word')
      else extend(e.key === 'ArrowDown' ? 1 : -1, 'statement')
      e.preventDefault()
      return
    }

    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        move(1)
        break
      case 'k':
      case 'ArrowUp':
        move(-1)
        break
      case 's':
      case 'S':
        o.toggleSpeakers()
        break
      case 'Enter':
        if (!selection) return
        requestInspectorFocus('panel', selection.id)
        break
      case 'Escape':
        if (range) o.clearTextSelection()
        else if (selection) select(null)
        else return
        break
      case 't':
        if (o.readOnly) notify(READ_ONLY)
        else if (range) o.openTagBubble()
        else if (statementId) requestInspectorFocus('themes', statementId)
        else notify('Select a statement (J/K) or some text first.')
        break
      case 'a': {
        if (o.readOnly) {
          notify(READ_ONLY)
          break
        }
        const s = statementId ? o.statements.find((x) => x.id === statementId) : undefined
        const r = range ?? (s ? { start: s.start, end: s.end } : null)
        if (!r) notify('Select a statement (J/K) or some text first.')
        else {
          if (range) o.clearTextSelection()
          void annotate(o.documentId, r)
        }
        break
      }
      case 'l':
        if (o.readOnly) notify(READ_ONLY)
        else if (range) linkFromSelection(o.statements, range)
        else if (statementId) openLinkPicker(statementId)
        else notify('Select a statement (J/K) first.')
        break
      default:
        return
    }
    e.preventDefault()
  }
}
