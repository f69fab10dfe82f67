import { useRef, type KeyboardEvent } from 'react'
import type { WorkspaceInfo } from '../../../shared/api'
import { useQuery } from '../api'
import { CoderPicker } from '../features/coders/coder-picker'
import { ImportExportButtons } from '../features/import-export/import-export-buttons'
import { IndexingStatus } from '../features/search/indexing-status'
import { runHistory } from '../features/shortcuts/run-history'
import { TeamStatus } from '../features/team/team-status'
import { appStore, isInspectorVisible, navigate, toggleInspector, useAppState, type View } from './app-state'
import { canGoBack, canGoForward } from './navigation-history'
import { useTopBarDensity } from './use-top-bar-density'

const VIEWS: { view: View; label: string; key: string }[] = [
  { view: 'reader', label: 'Reader', key: 'G R' },
  { view: 'claims', label: 'Claims', key: 'G C' },
  { view: 'notes', label: 'Notes', key: 'G N' },
  { view: 'analysis', label: 'Analysis', key: 'G A' },
  { view: 'highlights', label: 'Highlights', key: 'G H' }
]

/** Each step of compaction keeps the ones before it (see useTopBarDensity). */
const DENSER = ['top-bar--dense-1', 'top-bar--dense-2', 'top-bar--dense-3']

export const tabId = (view: View) => `view-tab-${view}`
export const VIEW_PANEL_ID = 'view-panel'
export const INSPECTOR_ID = 'inspector-pane'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl'

function workspaceName(info: WorkspaceInfo | undefined): string {
  if (!info) return ''
  return info.meta?.name ?? info.path.split(/[\\/]/).filter(Boolean).pop() ?? 'Workspace'
}

/** Workspace name, who is coding, the view tabs, search, undo/redo and help. */
export function TopBar({ info }: { info: WorkspaceInfo | undefined }) {
  const view = useAppState((s) => s.view)
  const inspectorShown = useAppState(isInspectorVisible)
  const history = useQuery('history.state', {})
  const h = history.data
  const back = useAppState((s) => canGoBack(s.nav))
  const forward = useAppState((s) => canGoForward(s.nav))
  const ALT = isMac ? '⌥' : 'Alt'
  const bar = useRef<HTMLElement>(null)
  const density = useTopBarDensity(bar)

  const onTabKey = (e: KeyboardEvent) => {
    const i = VIEWS.findIndex((v) => v.view === view)
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % VIEWS.length
        : e.key === 'ArrowLeft'
          ? (i + VIEWS.length - 1) % VIEWS.length
          : -1
    if (next < 0) return
    e.preventDefault()
    const v = VIEWS[next]!.view
    appStore.setState({ view: v })
    document.getElementById(tabId(v))?.focus()
  }

  return (
    <header ref={bar} className={['top-bar', ...DENSER.slice(0, density)].join(' ')}>
      <div className="top-bar__brand">
        <span className="top-bar__logo" aria-hidden="true">
          D
        </span>
        <div className="top-bar__history top-bar__nav" role="group" aria-label="Navigation">
          <button
            type="button"
            className="icon-button"
            disabled={!back}
            aria-label="Back"
            aria-keyshortcuts="Alt+ArrowLeft"
            title={`Back (${ALT}+←)`}
            onClick={() => navigate(-1)}
          >
            <span aria-hidden="true">←</span>
          </button>
          <button
            type="button"
            className="icon-button"
            disabled={!forward}
            aria-label="Forward"
            aria-keyshortcuts="Alt+ArrowRight"
            title={`Forward (${ALT}+→)`}
            onClick={() => navigate(1)}
          >
            <span aria-hidden="true">→</span>
          </button>
        </div>
        <h1 className="top-bar__workspace" title={info?.path}>
          {workspaceName(info) || 'Dossier'}
        </h1>
        {info?.readOnly && <span className="top-bar__badge">Read-only</span>}
        <CoderPicker readOnly={info?.readOnly ?? false} />
      </div>

      <div role="tablist" aria-label="Views" className="top-bar__tabs" onKeyDown={onTabKey}>
        {VIEWS.map((v) => (
          <button
            key={v.view}
            id={tabId(v.view)}
            type="button"
            role="tab"
            aria-selected={view === v.view}
            aria-controls={VIEW_PANEL_ID}
            tabIndex={view === v.view ? 0 : -1}
            title={`${v.label} (${v.key})`}
            className="top-bar__tab"
            onClick={() => appStore.setState({ view: v.view })}
          >
            {v.label}
          </button>
        ))}
      </div>

      <div className="top-bar__actions">
        <TeamStatus readOnly={info?.readOnly ?? false} />
        <IndexingStatus initial={info?.indexing} />
        <ImportExportButtons readOnly={info?.readOnly ?? false} />
        <button
          type="button"
          className="top-bar__search"
          onClick={() => appStore.setState({ searchOpen: true, helpOpen: false })}
          aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
        >
          <span className="top-bar__search-icon" aria-hidden="true" />
          <span>Search</span>
          <kbd>{MOD} K</kbd>
        </button>
        <div className="top-bar__history" role="group" aria-label="History">
          <button
            type="button"
            className="icon-button"
            disabled={!h?.canUndo}
            aria-label={h?.undoLabel ? `Undo: ${h.undoLabel}` : 'Undo'}
            title={h?.canUndo ? `Undo: ${h.undoLabel ?? 'last change'} (${MOD}+Z)` : 'Nothing to undo'}
            onClick={() => void runHistory('undo')}
          >
            <span className="icon icon--undo" aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button"
            disabled={!h?.canRedo}
            aria-label={h?.redoLabel ? `Redo: ${h.redoLabel}` : 'Redo'}
            title={h?.canRedo ? `Redo: ${h.redoLabel ?? 'last change'} (${MOD}+Shift+Z)` : 'Nothing to redo'}
            onClick={() => void runHistory('redo')}
          >
            <span className="icon icon--redo" aria-hidden="true" />
          </button>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label="Inspector"
          aria-expanded={inspectorShown}
          aria-controls={inspectorShown ? INSPECTOR_ID : undefined}
          aria-keyshortcuts={isMac ? 'Meta+.' : 'Control+.'}
          title={`${inspectorShown ? 'Hide' : 'Show'} the inspector (${MOD}+.)`}
          onClick={toggleInspector}
        >
          <span className={`icon icon--inspector${inspectorShown ? ' is-on' : ''}`} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={() => appStore.setState({ helpOpen: true, searchOpen: false })}
        >
          ?
        </button>
      </div>
    </header>
  )
}
