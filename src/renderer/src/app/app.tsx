import { useRef } from 'react'
import { useQuery } from '../api'
import { AnalysisView } from '../features/analysis/analysis-view'
import { ClaimsView } from '../features/claims/claims-view'
import { HelpOverlay } from '../features/help/help-overlay'
import { HighlightsView } from '../features/highlights/highlights-view'
import { ImportLayer } from '../features/import-export/import-layer'
import { InspectorPane } from '../features/inspector/inspector-pane'
import { LibraryPane } from '../features/library/library-pane'
import { LinkPicker } from '../features/link-picker/link-picker-dialog'
import { NotesView } from '../features/notes/notes-view'
import { ReaderView } from '../features/reader/reader-view'
import { useLoadOpenedDocuments } from '../features/reader/use-reader-document'
import { SearchPalette } from '../features/search/search-palette'
import { useGlobalShortcuts } from '../features/shortcuts/use-global-shortcuts'
import { appStore, isInspectorVisible, useAppState, type View } from './app-state'
import { useDrawerFocus } from './inspector-drawer'
import { PaneBoundary } from './pane-boundary'
import { Toasts } from './toasts'
import { INSPECTOR_ID, TopBar, VIEW_PANEL_ID, tabId } from './top-bar'
import { WorkspaceBanners } from './workspace-banners'
import './app.css'

const VIEW_NAMES: Record<View, string> = {
  reader: 'Reader',
  claims: 'Claims',
  notes: 'Notes',
  analysis: 'Analysis',
  highlights: 'Highlights'
}

/** The window: top bar, banners, and the three panes (library, the current view, inspector). */
export function App() {
  useGlobalShortcuts()
  useLoadOpenedDocuments()
  const info = useQuery('workspace.info', {})
  const view = useAppState((s) => s.view)
  const searchOpen = useAppState((s) => s.searchOpen)
  const helpOpen = useAppState((s) => s.helpOpen)
  const documentId = useAppState((s) => s.documentId)
  const selectedId = useAppState((s) => s.selection?.id)
  const inspectorShown = useAppState(isInspectorVisible)
  const readOnly = info.data?.readOnly ?? false
  const drawer = useAppState((s) => s.narrowWindow)
  const drawerRef = useRef<HTMLDivElement>(null)
  const onDrawerKey = useDrawerFocus(drawerRef, drawer && inspectorShown, closeDrawer)

  return (
    <div className="app">
      <a className="skip-link" href={`#${VIEW_PANEL_ID}`}>
        Skip to the {VIEW_NAMES[view].toLowerCase()}
      </a>
      <TopBar info={info.data} />
      <WorkspaceBanners info={info.data} />
      {info.error && !info.data && (
        <p className="banner banner--danger banner__text" role="alert">
          Could not reach the workspace: {info.error.message}{' '}
          <button type="button" className="button button--small" onClick={info.reload}>
            Retry
          </button>
        </p>
      )}
      <div className={`workspace${inspectorShown && !drawer ? '' : ' workspace--no-inspector'}`}>
        <div className="pane pane--library">
          <PaneBoundary name="Library">
            <LibraryPane readOnly={readOnly} />
          </PaneBoundary>
        </div>
        <main className="pane pane--center">
          <div
            id={VIEW_PANEL_ID}
            role="tabpanel"
            aria-labelledby={tabId(view)}
            className="view-panel"
            tabIndex={-1}
            onFocus={(e) => {
              // The skip link lands on the panel: hand focus on to the view's main control (the reader's text).
              if (e.target === e.currentTarget)
                e.currentTarget
                  .querySelector<HTMLElement>('[data-view-focus]')
                  ?.focus({ preventScroll: true })
            }}
          >
            <PaneBoundary
              key={view}
              name={VIEW_NAMES[view]}
              resetKey={view === 'reader' ? documentId : undefined}
            >
              {view === 'reader' ? (
                <ReaderView readOnly={readOnly} />
              ) : view === 'claims' ? (
                <ClaimsView />
              ) : view === 'analysis' ? (
                <AnalysisView />
              ) : view === 'highlights' ? (
                <HighlightsView />
              ) : (
                <NotesView />
              )}
            </PaneBoundary>
          </div>
        </main>
        {inspectorShown && (
          <div
            id={INSPECTOR_ID}
            ref={drawerRef}
            className={`pane pane--inspector${drawer ? ' pane--drawer' : ''}`}
            tabIndex={drawer ? -1 : undefined}
            onKeyDown={drawer ? onDrawerKey : undefined}
          >
            <PaneBoundary name="Inspector" resetKey={selectedId}>
              <InspectorPane readOnly={readOnly} />
            </PaneBoundary>
          </div>
        )}
      </div>
      {searchOpen && <SearchPalette />}
      {helpOpen && <HelpOverlay />}
      <LinkPicker />
      <ImportLayer readOnly={readOnly} />
      <Toasts />
    </div>
  )
}

function closeDrawer(): void {
  appStore.setState({ inspectorDrawer: false })
}
