import type { AnyExtension } from '@tiptap/core'
import { Collaboration } from '@tiptap/extension-collaboration'
import StarterKit from '@tiptap/starter-kit'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { LeaveOnEscape, type LeaveOnEscapeOptions } from './extensions/leave-on-escape'
import { LiveCursors, type LiveUser } from './extensions/live-cursors'
import { SafeLink } from './extensions/safe-link'
import { StatementRef, type StatementRefOptions } from './extensions/statement-ref'
import { ThemeRef, type ThemeRefOptions } from './extensions/theme-ref'

export type { RefAttrs } from './chips/ref-attrs'
export type { SuggestionItem } from './chips/suggestion-popup'
export type { StatementCard } from './extensions/statement-ref'

/** What the editor of a note does beyond holding it; without these it only holds and edits the text. */
export interface NoteBehaviour {
  statementRef?: Partial<StatementRefOptions>
  themeRef?: Partial<ThemeRefOptions>
  leaveOnEscape?: Partial<LeaveOnEscapeOptions>
  /** Co-edited live: the text is `fragment` (synced with the other editors), undo is this editor's own. */
  live?: { fragment: Y.XmlFragment; awareness: Awareness; user: LiveUser }
}

/** The schema of a note: paragraphs, headings, lists, quotes, inline marks, safe links, and reference chips. */
export function noteExtensions(behaviour: NoteBehaviour = {}): AnyExtension[] {
  const { live } = behaviour
  return [
    StarterKit.configure({
      link: false,
      codeBlock: false,
      horizontalRule: false,
      underline: false,
      ...(live && { undoRedo: false as const })
    }),
    SafeLink,
    StatementRef.configure(behaviour.statementRef),
    ThemeRef.configure(behaviour.themeRef),
    LeaveOnEscape.configure(behaviour.leaveOnEscape),
    ...(live
      ? [
          Collaboration.configure({ fragment: live.fragment }),
          LiveCursors.configure({ awareness: live.awareness, user: live.user })
        ]
      : [])
  ]
}
