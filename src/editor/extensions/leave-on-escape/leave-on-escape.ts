import { Extension } from '@tiptap/core'

export interface LeaveOnEscapeOptions {
  /** Moves focus out of the editor; returns false when there is nowhere to go, and Escape does nothing. */
  leave: (() => boolean) | null
}

/**
 * Escape leaves the editor (an annotation's note hands the keyboard back to the reader). Its priority is below the
 * chips' so an open suggestion list takes Escape first and closes, leaving the cursor where it was.
 */
export const LeaveOnEscape = Extension.create<LeaveOnEscapeOptions>({
  name: 'leaveOnEscape',
  priority: 50,

  addOptions() {
    return { leave: null }
  },

  addKeyboardShortcuts() {
    return {
      Escape: () => this.options.leave?.() ?? false
    }
  }
})
