export interface ShortcutEntry {
  /** One or more specs (alternatives), each `mod+shift+z` style or a sequence `g r`. */
  keys: string[]
  description: string
}
export interface ShortcutGroup {
  title: string
  entries: ShortcutEntry[]
}

/** Every shortcut in Dossier, for the help overlay. Global ones are handled by useGlobalShortcuts. */
export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Anywhere',
    entries: [
      { keys: ['mod+k', '/'], description: 'Search statements, annotations and notes' },
      { keys: ['?'], description: 'Show this help' },
      {
        keys: ['mod+.', '\\'],
        description: 'Show or hide the inspector (a drawer in windows under 1180 px: Esc closes it)'
      },
      { keys: ['mod+z'], description: 'Undo the last change' },
      { keys: ['mod+shift+z', 'ctrl+y'], description: 'Redo' },
      { keys: ['escape'], description: 'Close a dialog or popup' }
    ]
  },
  {
    title: 'Views',
    entries: [
      { keys: ['g r'], description: 'Go to the reader' },
      { keys: ['g c'], description: 'Go to claims (all statements)' },
      { keys: ['g n'], description: 'Go to notes' },
      { keys: ['g a'], description: 'Go to analysis' },
      { keys: ['g h'], description: 'Go to the highlights list' },
      { keys: ['alt+arrowleft'], description: 'Back (also the mouse’s back button)' },
      { keys: ['alt+arrowright'], description: 'Forward' }
    ]
  },
  {
    title: 'Reader',
    entries: [
      { keys: ['j', 'arrowdown'], description: 'Next statement' },
      { keys: ['k', 'arrowup'], description: 'Previous statement' },
      { keys: ['t'], description: 'Tag the selected statement with a theme' },
      { keys: ['a'], description: 'Annotate the selected text' },
      { keys: ['l'], description: 'Link the selected statement to another' },
      { keys: ['enter'], description: 'Open the selected statement in the inspector' },
      { keys: ['escape'], description: 'Clear the selection' },
      { keys: ['shift+arrowright', 'shift+arrowleft'], description: 'Extend the text selection by a word' },
      {
        keys: ['shift+arrowdown', 'shift+arrowup'],
        description: 'Extend the text selection to a statement end'
      },
      { keys: ['s'], description: 'Show or hide speakers in the text' }
    ]
  },
  {
    title: 'Claims table',
    entries: [
      { keys: ['arrowdown', 'arrowup'], description: 'Move between rows' },
      { keys: ['pageup', 'pagedown'], description: 'Move a page at a time' },
      { keys: ['home', 'end'], description: 'First or last row' },
      {
        keys: ['enter'],
        description: 'Open the statement in the reader (or double-click; a click selects it)'
      }
    ]
  },
  {
    title: 'Highlights list',
    entries: [
      { keys: ['arrowdown', 'arrowup'], description: 'Move between highlights (J and K too)' },
      {
        keys: ['enter'],
        description: 'Open the highlight in the reader (or double-click; a click selects it)'
      }
    ]
  },
  {
    title: 'Notes',
    entries: [
      { keys: ['@', '[['], description: 'Cite a statement (opens suggestions)' },
      { keys: ['#'], description: 'Reference a theme' },
      { keys: ['mod+b', 'mod+i'], description: 'Bold, italic' },
      { keys: ['mod+z', 'mod+shift+z'], description: 'Undo or redo typing in the note' }
    ]
  },
  {
    title: 'Search',
    entries: [
      { keys: ['arrowdown', 'arrowup'], description: 'Move between results' },
      { keys: ['enter'], description: 'Go to the result' }
    ]
  }
]
