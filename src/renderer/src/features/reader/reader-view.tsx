import type { DocumentHead, DocumentView } from '../../../../shared/api'
import { useQuery } from '../../api'
import { appStore, openDocument, useAppState } from '../../app/app-state'
import { EmptyState } from '../../app/ui/empty-state'
import { formatDate } from '../library/format-date'
import { plural } from '../themes/plural'
import { ImportDocumentsButton } from '../library/import-documents-button'
import { useRememberDocument, useStartupDocument } from './last-document'
import { ReaderEditor } from './reader-editor'
import { ReaderSkeleton } from './reader-skeleton'
import { useReaderDocument } from './use-reader-document'
import { toggleSpeakerLabels, useSpeakerLabelsShown } from './speaker-labels'
import './reader.css'

/** The centre reader: the open document's header and text, or what to do when none is open. */
export function ReaderView({ readOnly }: { readOnly: boolean }) {
  const documentId = useAppState((s) => s.documentId)
  const view = useReaderDocument(documentId)
  const themes = useQuery('themes.list', {})
  const speakers = useQuery('speakers.list', {})
  const info = useQuery('workspace.info', {})
  // Remembered per workspace; a workspace whose info cannot be read still opens its first document.
  const workspace = info.data ? (info.data.meta?.id ?? info.data.path) : info.error ? '' : undefined
  useRememberDocument(workspace, documentId)

  if (!documentId) return <NoDocument readOnly={readOnly} workspace={workspace} />
  if (view.error) {
    return (
      <EmptyState
        title={
          view.error.code === 'NOT_FOUND'
            ? 'This document is no longer in the workspace'
            : 'The document could not be opened'
        }
        action={
          view.error.code === 'NOT_FOUND' ? (
            <button
              type="button"
              className="button"
              onClick={() => appStore.setState({ documentId: null, selection: null })}
            >
              Close
            </button>
          ) : (
            <button type="button" className="button" onClick={view.reload}>
              Try again
            </button>
          )
        }
      >
        <p>{view.error.message}</p>
      </EmptyState>
    )
  }
  const shown = view.shown
  if (!shown || !themes.data || !speakers.data) return <ReaderSkeleton />
  return (
    <article className="reader" aria-labelledby="reader-title">
      <ReaderHeader view={shown} />
      <ReaderEditor
        key={documentId}
        view={shown}
        whole={view.whole}
        themes={themes.data}
        speakers={speakers.data}
        readOnly={readOnly}
      />
    </article>
  )
}

function ReaderHeader({ view }: { view: DocumentView | DocumentHead }) {
  const d = view.document
  const counts =
    'totals' in view
      ? view.totals
      : { statements: view.statements.length, annotations: view.annotations.length }
  const origin = d.source.publisher ?? d.source.fileName
  const meta = [
    origin,
    formatDate(d.publishedAt),
    d.authors.length ? `by ${d.authors.join(', ')}` : ''
  ].filter(Boolean)
  return (
    <header className="reader-header">
      <h2 id="reader-title" className="reader-header__title">
        {d.title}
      </h2>
      {meta.length > 0 && <p className="reader-header__meta">{meta.join(' · ')}</p>}
      <div className="reader-header__row">
        <p className="reader-header__counts">
          {plural(counts.statements, 'statement')} · {plural(counts.annotations, 'highlight')}
          {d.source.url && (
            <>
              {' · '}
              <span className="reader-header__url" title={d.source.url}>
                {d.source.url.replace(/^https?:\/\//, '')}
              </span>
            </>
          )}
        </p>
        <SpeakerToggle />
      </div>
    </header>
  )
}

/** Shows or hides speakers' names in the text (also S in the reader); remembered. */
function SpeakerToggle() {
  const shown = useSpeakerLabelsShown()
  return (
    <button
      type="button"
      className="button button--ghost button--small reader-header__toggle"
      aria-pressed={shown}
      title="Show speakers’ names in the text (S)"
      onClick={toggleSpeakerLabels}
    >
      Speakers
    </button>
  )
}

function NoDocument({ readOnly, workspace }: { readOnly: boolean; workspace: string | undefined }) {
  const documents = useQuery('documents.list', {})
  const opening = useStartupDocument(workspace, documents.data)
  const first = documents.data?.[0]
  if (!documents.data || opening) return <ReaderSkeleton />
  if (first) {
    return (
      <EmptyState
        title="Open a document to start reading"
        action={
          <button
            type="button"
            className="button button--primary"
            title={first.title}
            onClick={() => openDocument(first.id)}
          >
            <span className="button__label">Open “{first.title}”</span>
          </button>
        }
      >
        <p>
          Pick one from the Library. In the reader, select text to highlight, annotate or tag it, and use{' '}
          <kbd>J</kbd>/<kbd>K</kbd> to step through statements.
        </p>
      </EmptyState>
    )
  }
  return (
    <EmptyState title="Start your dossier" action={!readOnly && <ImportDocumentsButton variant="button" />}>
      <ol className="getting-started">
        <li>
          <strong>Import sources</strong> — articles, reports, transcripts (text, Markdown, HTML, PDF, Word).
          Each is split into statements and speakers are detected.
        </li>
        <li>
          <strong>Build a codebook</strong> of themes in the Library.
        </li>
        <li>
          <strong>Read and code</strong>: select text to highlight, annotate or tag it; cross-reference
          statements that support or contradict each other.
        </li>
        <li>
          <strong>Compare and write</strong> in Claims and Notes, then export.
        </li>
      </ol>
    </EmptyState>
  )
}
