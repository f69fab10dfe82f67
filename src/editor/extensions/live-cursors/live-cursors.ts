import { Extension } from '@tiptap/core'
import { yCursorPlugin } from '@tiptap/y-tiptap'
import type { Awareness } from 'y-protocols/awareness'

/** Who this editor is to the others: the coder's name and colour. */
export interface LiveUser {
  name: string
  color: string
}

export interface LiveCursorsOptions {
  /** The awareness shared with the other editors of the note; none shows no one. */
  awareness: Awareness | null
  user: LiveUser
}

const FALLBACK_COLOR = '#6b7280'
const MAX_NAME = 60

/** Another editor's awareness is not trusted: a colour is used only when it is one, a name only as text. */
const safeColor = (value: unknown): string =>
  typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value) ? value : FALLBACK_COLOR
const safeName = (value: unknown): string =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_NAME) : 'Someone'

function cursorOf(user: Partial<LiveUser>): HTMLElement {
  const color = safeColor(user.color)
  const cursor = document.createElement('span')
  cursor.className = 'live-cursor'
  cursor.style.borderColor = color
  const label = document.createElement('span')
  label.className = 'live-cursor__label'
  label.style.backgroundColor = color
  label.textContent = safeName(user.name)
  cursor.append('\u2060', label, '\u2060')
  return cursor
}

const selectionOf = (user: Partial<LiveUser>) => ({
  class: 'live-cursor__selection',
  style: `background-color: ${safeColor(user.color)}40`
})

/** The carets and selections of the other editors of a note, each labelled with its coder's name. */
export const LiveCursors = Extension.create<LiveCursorsOptions>({
  name: 'liveCursors',

  addOptions() {
    return { awareness: null, user: { name: 'Someone', color: FALLBACK_COLOR } }
  },

  addProseMirrorPlugins() {
    const { awareness, user } = this.options
    if (!awareness) return []
    awareness.setLocalStateField('user', { name: safeName(user.name), color: safeColor(user.color) })
    return [yCursorPlugin(awareness, { cursorBuilder: cursorOf, selectionBuilder: selectionOf })]
  }
})
