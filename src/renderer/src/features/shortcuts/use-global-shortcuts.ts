import { useEffect } from 'react'
import { onMenuCommand, type MenuCommand } from '../../api/api'
import { appStore, navigate, toggleInspector, type View } from '../../app/app-state'
import { INSPECTOR_ID, VIEW_PANEL_ID } from '../../app/top-bar'
import { openMerge } from '../import-export/merge-store'
import { runHistory } from './run-history'
import { createKeySequence } from './key-sequence'
import { isTypingTarget } from './is-typing-target'
import { detectMac, matchShortcut } from './match-shortcut'

const VIEW_SEQUENCES: Record<string, View> = {
  'g r': 'reader',
  'g c': 'claims',
  'g n': 'notes',
  'g a': 'analysis',
  'g h': 'highlights'
}

type Command = MenuCommand | 'search' | 'help'

/** Runs an application command, whether it came from a key or the desktop menu. */
export function runCommand(cmd: Command): void {
  switch (cmd) {
    case 'undo':
    case 'redo':
      void runHistory(cmd)
      return
    case 'find':
    case 'search':
      appStore.setState({ searchOpen: true, helpOpen: false })
      return
    case 'shortcuts':
    case 'help':
      appStore.setState((s) => ({ helpOpen: !s.helpOpen, searchOpen: false }))
      return
    case 'merge':
      openMerge()
  }
}

/** Shows or hides the inspector; focus inside it moves to the centre view rather than being lost. */
function toggleInspectorFromKeyboard(): void {
  const inside = document.activeElement?.closest(`#${INSPECTOR_ID}`)
  toggleInspector()
  if (inside && !document.getElementById(INSPECTOR_ID)) document.getElementById(VIEW_PANEL_ID)?.focus()
}

/** The app-wide keyboard shortcuts (see SHORTCUT_GROUPS); the reader and dialogs handle their own keys. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const sequence = createKeySequence(Object.keys(VIEW_SEQUENCES))
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing) return
      if (matchShortcut(e, 'mod+k')) {
        e.preventDefault()
        appStore.setState((s) => ({ searchOpen: !s.searchOpen, helpOpen: false }))
        return
      }
      if (matchShortcut(e, 'mod+.')) {
        e.preventDefault()
        toggleInspectorFromKeyboard()
        return
      }
      const typing = isTypingTarget(e.target)
      // Alt+←/→ go back and forward, as in a browser; on macOS they move by word in a text field.
      if (
        !(typing && detectMac()) &&
        (matchShortcut(e, 'alt+arrowleft') || matchShortcut(e, 'alt+arrowright'))
      ) {
        e.preventDefault()
        navigate(e.key === 'ArrowLeft' ? -1 : 1)
        return
      }
      if (typing) return
      const { searchOpen, helpOpen } = appStore.getState()
      if (matchShortcut(e, 'mod+z')) {
        e.preventDefault()
        void runHistory('undo')
      } else if (matchShortcut(e, 'mod+shift+z') || matchShortcut(e, 'ctrl+y')) {
        e.preventDefault()
        void runHistory('redo')
      } else if (searchOpen || helpOpen) {
        if (helpOpen && matchShortcut(e, '?')) {
          e.preventDefault()
          runCommand('help')
        }
      } else if (matchShortcut(e, '/')) {
        e.preventDefault()
        runCommand('search')
      } else if (matchShortcut(e, '?')) {
        e.preventDefault()
        runCommand('help')
      } else if (matchShortcut(e, '\\')) {
        e.preventDefault()
        toggleInspectorFromKeyboard()
      } else if (!e.ctrlKey && !e.metaKey && !e.altKey && e.key.length === 1) {
        const done = sequence.feed(e.key, e.timeStamp || performance.now())
        const view = done ? VIEW_SEQUENCES[done] : undefined
        if (view) {
          e.preventDefault()
          appStore.setState({ view })
        } else if (sequence.isPending(e.timeStamp || performance.now())) {
          e.preventDefault()
        }
      }
    }
    // The mouse's back and forward side buttons (3 and 4); the browser's own page navigation is held off.
    const onMouseButton = (e: MouseEvent): void => {
      if (e.button !== 3 && e.button !== 4) return
      e.preventDefault()
      if (e.type === 'mouseup') navigate(e.button === 3 ? -1 : 1)
    }
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('mousedown', onMouseButton)
    window.addEventListener('mouseup', onMouseButton)
    const offMenu = onMenuCommand(runCommand)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('mousedown', onMouseButton)
      window.removeEventListener('mouseup', onMouseButton)
      offMenu()
    }
  }, [])
}
