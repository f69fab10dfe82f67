import type { Editor } from '@tiptap/core'
import { BubbleMenu } from '@tiptap/react/menus'
import { useMemo } from 'react'
import type { Statement, Theme } from '../../../../shared/domain'
import { Combobox } from '../../app/ui/combobox'
import { themePath } from '../themes/theme-tree'
import { annotate, highlight, linkFromSelection, tagSelection, tagTargetHint } from './reader-actions'
import type { TextRange } from './statement-ranges'

interface SelectionBubbleProps {
  editor: Editor
  documentId: string
  text: string
  statements: Statement[]
  themes: Theme[]
  /** The trimmed text range of the editor selection, or null. */
  range: () => TextRange | null
  mode: 'actions' | 'tag'
  onModeChange(mode: 'actions' | 'tag'): void
  /** Collapses the text selection (after an action) and returns focus to the text. */
  onDone(): void
}

/** The menu over a text selection: Highlight, Annotate…, Tag… (with a theme picker) and Link to…. */
export function SelectionBubble(props: SelectionBubbleProps) {
  const { editor, documentId, text, statements, themes, range, mode, onModeChange, onDone } = props
  const options = useMemo(
    () =>
      themes.map((t) => ({
        id: t.id,
        label: t.name,
        color: t.color,
        hint: t.parentId ? themePath(themes, t.parentId) : undefined
      })),
    [themes]
  )
  const act = (fn: (r: TextRange) => unknown) => () => {
    const r = range()
    if (!r) return
    onDone()
    void fn(r)
  }
  const current = mode === 'tag' ? range() : null

  return (
    <BubbleMenu
      editor={editor}
      pluginKey="readerSelection"
      updateDelay={120}
      shouldShow={({ state }) => !state.selection.empty && range() !== null}
      options={{ placement: 'top', offset: 8, flip: true, shift: { padding: 8 } }}
      className="bubble"
    >
      {mode === 'actions' ? (
        <div className="bubble__actions" role="toolbar" aria-label="Selection">
          <button type="button" className="bubble__button" onClick={act((r) => highlight(documentId, r))}>
            <span className="bubble__hl" aria-hidden="true" />
            Highlight
          </button>
          <button
            type="button"
            className="bubble__button"
            title="Highlight and write a note (A)"
            onClick={act((r) => annotate(documentId, r))}
          >
            Annotate…
          </button>
          <button
            type="button"
            className="bubble__button"
            title="Tag with a theme (T)"
            onClick={() => onModeChange('tag')}
          >
            Tag…
          </button>
          <button
            type="button"
            className="bubble__button"
            title="Cross-reference this statement (L)"
            onClick={act((r) => linkFromSelection(statements, r))}
          >
            Link to…
          </button>
        </div>
      ) : (
        <div className="bubble__tag">
          <p className="bubble__hint">{current ? tagTargetHint(text, statements, current) : ''}</p>
          <Combobox
            label="Theme"
            placeholder="Theme name — Enter to create"
            options={options}
            autoFocus
            onCancel={() => {
              onModeChange('actions')
              editor.view.dom.focus()
            }}
            onPick={(o) => {
              const theme = themes.find((t) => t.id === o.id)
              const r = range()
              if (!theme || !r) return
              onDone()
              void tagSelection(documentId, text, statements, r, theme, themes)
            }}
            onCreate={(name) => {
              const r = range()
              if (!r) return
              onDone()
              void tagSelection(documentId, text, statements, r, { newName: name }, themes)
            }}
            createLabel={(name) => `Create theme “${name}”`}
          />
        </div>
      )}
    </BubbleMenu>
  )
}
