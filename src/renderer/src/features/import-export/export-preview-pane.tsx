import { useId, useMemo } from 'react'
import { previewExport, formatBytes, type FileSize } from './export-preview'
import { RenderedMarkdown } from './export-rendered-markdown'
import type { ExportRun } from './use-export-result'

const PREVIEW_LINES = 200

function FileRows({ files }: { files: FileSize[] }) {
  return (
    <ul className="export-files">
      {files.map((f) => (
        <li key={f.path} className="export-files__item">
          <span className="export-files__row">
            <span className="export-files__path">{f.path}</span>
            <span className="export-files__size">{formatBytes(f.bytes)}</span>
          </span>
          {f.entries && f.entries.length > 0 && <FileRows files={f.entries} />}
        </li>
      ))}
    </ul>
  )
}

/**
 * What the export will write: the Markdown report rendered (as React elements: text is never markup), another
 * text file's first lines as text, or the list of files.
 */
export function ExportPreviewPane({ run }: { run: ExportRun }) {
  const headingId = useId()
  const preview = useMemo(() => (run.result ? previewExport(run.result, PREVIEW_LINES) : null), [run.result])

  return (
    <section className="export-preview" aria-labelledby={headingId} aria-busy={run.loading}>
      <h3 id={headingId} className="export-dialog__legend">
        Preview
      </h3>
      {run.error ? (
        <p role="alert" className="export-preview__error">
          {run.error.message}
        </p>
      ) : !preview ? (
        <p className="export-preview__status">
          Preparing the export…
          {run.progress && run.progress.total > 1 && (
            <>
              {' '}
              <progress
                className="export-preview__progress"
                max={run.progress.total}
                value={run.progress.done}
                aria-label="Export progress"
              />{' '}
              {Math.floor((100 * run.progress.done) / run.progress.total)}%
            </>
          )}
        </p>
      ) : preview.kind === 'text' ? (
        <>
          <p className="export-preview__status">
            {preview.path} ·{' '}
            {!preview.truncated
              ? `${preview.totalLines.toLocaleString()} lines`
              : preview.totalLines > PREVIEW_LINES
                ? `first ${PREVIEW_LINES} of ${preview.totalLines.toLocaleString()} lines`
                : `the beginning of ${preview.totalLines.toLocaleString()} long lines`}
          </p>
          {run.result?.mediaType.startsWith('text/markdown') ? (
            <RenderedMarkdown markdown={preview.text} label={`Preview of ${preview.path}`} />
          ) : (
            <pre className="export-preview__text" tabIndex={0} aria-label={`Preview of ${preview.path}`}>
              {preview.text}
              {preview.truncated && '\n…'}
            </pre>
          )}
        </>
      ) : (
        <>
          <p className="export-preview__status">
            {preview.files.length === 1 ? '1 file' : `${preview.files.length.toLocaleString()} files`},{' '}
            {formatBytes(preview.totalBytes)}
          </p>
          <div className="export-preview__files" tabIndex={0} aria-label="Files to be saved">
            <FileRows files={preview.files} />
          </div>
        </>
      )}
    </section>
  )
}
