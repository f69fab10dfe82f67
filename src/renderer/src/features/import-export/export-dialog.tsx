import { useId, useMemo, useState } from 'react'
import type { ExportFormat, OpInput } from '../../../../shared/api'
import { useQuery } from '../../api'
import { notify } from '../../app/toast'
import { Dialog } from '../../app/ui/dialog'
import { buildThemeTree, type ThemeNode } from '../themes/theme-tree'
import { exportDownload } from './export-download'
import { EXPORT_FORMAT_INFO, REPORT_FORMATS } from './export-formats'
import { ExportPreviewPane } from './export-preview-pane'
import { saveFile } from './save-file'
import { useExportResult } from './use-export-result'

type CsvRows = 'statements' | 'annotations' | 'codings'

const pdfName = (htmlName: string): string => `${htmlName.replace(/\.html?$/i, '')}.pdf`

function flatten(nodes: ThemeNode[]): ThemeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)])
}

/** Export…: choose a format and scope, preview what will be written, save it as a download. */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const [format, setFormat] = useState<ExportFormat>('markdown')
  const [themeId, setThemeId] = useState('')
  const [documentId, setDocumentId] = useState('')
  const [rows, setRows] = useState<CsvRows>('statements')
  const [keepEmptyThemes, setKeepEmptyThemes] = useState(false)
  const isReport = REPORT_FORMATS.includes(format)
  const themes = useQuery('themes.list', {})
  const documents = useQuery('documents.list', {})
  const id = useId()

  const input: OpInput<'export.run'> = {
    format,
    ...(themeId && { themeId }),
    ...(documentId && { documentId }),
    ...(format === 'csv' && { rows }),
    ...(isReport && keepEmptyThemes && { keepEmptyThemes })
  }
  const run = useExportResult(input)
  const themeOptions = useMemo(() => flatten(buildThemeTree(themes.data ?? [])), [themes.data])
  const download = useMemo(() => {
    if (!run.result) return null
    try {
      return exportDownload(run.result)
    } catch {
      return null
    }
  }, [run.result])

  const printToPdf = format === 'html' ? window.dossier?.printToPdf : undefined
  const saveAsPdf = async () => {
    const html = run.result?.files[0]?.text
    if (!printToPdf || !download || html === undefined) return
    try {
      const pdf = {
        fileName: pdfName(download.fileName),
        type: 'application/pdf',
        data: await printToPdf(html)
      }
      saveFile(pdf)
      notify(`Exported “${pdf.fileName}”`)
      onClose()
    } catch (err) {
      notify(`Could not save as PDF: ${err instanceof Error ? err.message : String(err)}`, 'error')
    }
  }

  const save = () => {
    if (!download) return
    try {
      saveFile(download)
      notify(`Exported “${download.fileName}”`)
      onClose()
    } catch (err) {
      notify(`Could not save the export: ${err instanceof Error ? err.message : String(err)}`, 'error')
    }
  }

  return (
    <Dialog
      title="Export"
      onClose={onClose}
      className="dialog--wide export-dialog"
      footer={
        <>
          <span className="export-dialog__target" aria-live="polite">
            {download && (
              <>
                Saves <strong>{download.fileName}</strong>
              </>
            )}
          </span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {printToPdf && (
            <button type="button" className="button" disabled={!download} onClick={() => void saveAsPdf()}>
              Save as PDF
            </button>
          )}
          <button type="button" className="button button--primary" disabled={!download} onClick={save}>
            Save
          </button>
        </>
      }
    >
      <div className="export-dialog__options">
        <fieldset className="export-formats">
          <legend className="export-dialog__legend">Format</legend>
          {EXPORT_FORMAT_INFO.map((f) => (
            <label key={f.format} className="export-formats__option">
              <input
                type="radio"
                name={`${id}-format`}
                value={f.format}
                checked={format === f.format}
                onChange={() => setFormat(f.format)}
              />
              <span className="export-formats__name">{f.name}</span>
              <span className="export-formats__desc">{f.description}</span>
            </label>
          ))}
        </fieldset>

        {format === 'csv' && (
          <fieldset className="export-rows">
            <legend className="export-dialog__legend">Rows</legend>
            {(['statements', 'annotations', 'codings'] as const).map((r) => (
              <label key={r} className="export-rows__option">
                <input
                  type="radio"
                  name={`${id}-rows`}
                  value={r}
                  checked={rows === r}
                  onChange={() => setRows(r)}
                />
                One per {r === 'statements' ? 'statement' : r === 'annotations' ? 'annotation' : 'coding'}
              </label>
            ))}
          </fieldset>
        )}

        {isReport && (
          <label className="export-dialog__check">
            <input
              type="checkbox"
              checked={keepEmptyThemes}
              onChange={(e) => setKeepEmptyThemes(e.target.checked)}
            />
            Keep themes with no statements
          </label>
        )}

        <fieldset className="export-scope">
          <legend className="export-dialog__legend">Scope (optional)</legend>
          <label className="field">
            Theme
            <select className="input" value={themeId} onChange={(e) => setThemeId(e.target.value)}>
              <option value="">All themes</option>
              {themeOptions.map(({ theme, depth }) => (
                <option key={theme.id} value={theme.id}>
                  {'\u2002\u2002'.repeat(depth)}
                  {theme.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Document
            <select className="input" value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
              <option value="">All documents</option>
              {(documents.data ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      </div>

      <ExportPreviewPane run={run} />
    </Dialog>
  )
}
