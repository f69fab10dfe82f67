import type { AnyExtension } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { LeaveOnEscape, type LeaveOnEscapeOptions } from './extensions/leave-on-escape'
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
}

/** The schema of a note: paragraphs, headings, lists, quotes, inline marks, safe links, and reference chips. */
export function noteExtensions(behaviour: NoteBehaviour = {}): AnyExtension[] {
  return [
    StarterKit.configure({ link: false, codeBlock: false, horizontalRule: false, underline: false }),
    SafeLink,
    StatementRef.configure(behaviour.statementRef),
    ThemeRef.configure(behaviour.themeRef),
    LeaveOnEscape.configure(behaviour.leaveOnEscape)
  ]
}
