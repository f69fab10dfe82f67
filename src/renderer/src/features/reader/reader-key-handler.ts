import type { KeyboardEvent } from 'react'
import type { Statement } from '../../../../shared/domain'
import { appStore, openLinkPicker, requestInspectorFocus, select } from '../../app/app-state'
import { notify } from '../../app/toast'
import { annotate, linkFromSelection } from './reader-actions'
import { adjacentSpan, type TextRange } from './statement-ranges'

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
}

const READ_ONLY = 'This workspace is open read-only.'

/**
 * The reader's keys: j/k (or arrows) select the next/previous statement, Enter moves focus to the inspector,
 * t/a/l tag, annotate or link the selected text or statement, Escape clears.
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

    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        if (e.shiftKey) return
        move(1)
        break
      case 'k':
      case 'ArrowUp':
        if (e.shiftKey) return
        move(-1)
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
