import { useState } from 'react'
import { useQuery } from '../../api'
import { EmptyState } from '../../app/ui/empty-state'
import { ThemeTreeView } from '../themes/theme-tree-view'
import { CollapsibleSection } from './collapsible-section'
import { DocumentList } from './document-list'
import { ImportDocumentsButton } from './import-documents-button'
import { SpeakerList } from './speaker-list'
import './library.css'

/** The left pane: documents, the theme codebook and speakers. */
export function LibraryPane({ readOnly }: { readOnly: boolean }) {
  const documents = useQuery('documents.list', {})
  const themes = useQuery('themes.list', {})
  const speakers = useQuery('speakers.list', {})
  const stats = useQuery('workspace.stats', {})
  const [creatingTheme, setCreatingTheme] = useState(false)
  const themeList = themes.data ?? []

  return (
    <nav className="library" aria-label="Library">
      <CollapsibleSection
        title="Documents"
        count={documents.data?.length}
        storageKey="documents"
        actions={!readOnly && <ImportDocumentsButton />}
      >
        {documents.error && !documents.data ? (
          <LoadError what="documents" onRetry={documents.reload} />
        ) : (
          documents.data && <DocumentList documents={documents.data} readOnly={readOnly} />
        )}
      </CollapsibleSection>
      <CollapsibleSection
        title="Themes"
        count={themes.data?.length}
        storageKey="themes"
        actions={
          !readOnly && (
            <button
              type="button"
              className="icon-button"
              aria-label="New theme"
              title="New theme"
              onClick={() => setCreatingTheme(true)}
            >
              +
            </button>
          )
        }
      >
        {themes.error && !themes.data ? (
          <LoadError what="themes" onRetry={themes.reload} />
        ) : themeList.length === 0 && !creatingTheme ? (
          themes.data && (
            <EmptyState
              compact
              title="No themes yet"
              action={
                !readOnly && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setCreatingTheme(true)}
                  >
                    Create a theme
                  </button>
                )
              }
            >
              <p>Themes are your codebook: create one, then select text in a document and press Tag…</p>
            </EmptyState>
          )
        ) : (
          <ThemeTreeView
            themes={themeList}
            stats={stats.data}
            readOnly={readOnly}
            creatingTopLevel={creatingTheme}
            onCreatingTopLevelDone={() => setCreatingTheme(false)}
          />
        )}
      </CollapsibleSection>
      <CollapsibleSection title="Speakers" count={speakers.data?.length} storageKey="speakers">
        {speakers.error && !speakers.data ? (
          <LoadError what="speakers" onRetry={speakers.reload} />
        ) : (
          speakers.data && <SpeakerList speakers={speakers.data} stats={stats.data} readOnly={readOnly} />
        )}
      </CollapsibleSection>
    </nav>
  )
}

function LoadError({ what, onRetry }: { what: string; onRetry(): void }) {
  return (
    <div className="lib-error" role="alert">
      Could not load {what}.{' '}
      <button type="button" className="button button--small" onClick={onRetry}>
        Retry
      </button>
    </div>
  )
}
