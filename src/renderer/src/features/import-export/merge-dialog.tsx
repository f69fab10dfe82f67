import { useRef, useState } from 'react'
import { toApiError, type MergeInput, type MergeSummary } from '../../../../shared/api'
import { callOp } from '../../../../shared/api/call-op'
import { api } from '../../api'
import { Dialog } from '../../app/ui/dialog'
import { notifyUndoable } from '../shortcuts/notify-undoable'
import { plural } from '../themes/plural'
import { bytesToBase64 } from './base64'
import { importSizeError } from './import-size'
import { MergeSummaryView } from './merge-summary-view'
import { DialogActions } from '../../app/ui/dialog-actions'

type Step =
  | { kind: 'choose'; error?: string }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; input: MergeInput; summary: MergeSummary }
  | { kind: 'merging'; input: MergeInput; summary: MergeSummary }

/** What a made merge brought in, for its toast. */
function mergedMessage(m: MergeSummary): string {
  const codings = m.coders.reduce((n, c) => n + c.codings, 0)
  const who = m.coders.map((c) => c.name).join(', ')
  const themes = m.themes.added.length > 0 ? `; ${plural(m.themes.added.length, 'theme')} added` : ''
  return `Merged ${m.fileName}: ${plural(codings, 'coding')} from ${who || 'nobody new'}${themes}`
}

/**
 * File › Merge…: choose another analyst's export (.json) or a REFI-QDA project (.qdpx), see what comes in and what
 * conflicts, then merge it as one step that Undo takes back.
 */
export function MergeDialog({ onClose }: { onClose(): void }) {
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const input = useRef<HTMLInputElement>(null)

  const read = async (file: File) => {
    const tooBig = importSizeError(file.name, file.size)
    if (tooBig) return setStep({ kind: 'choose', error: tooBig })
    setStep({ kind: 'reading', fileName: file.name })
    try {
      const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
      const request = { fileName: file.name, base64 }
      const summary = await callOp(api, 'merge.preview', request)
      setStep({ kind: 'preview', input: request, summary })
    } catch (err) {
      setStep({ kind: 'choose', error: toApiError(err).message.replace(/^merge\.preview: /, '') })
    }
  }
  const merge = async (addSources: boolean) => {
    if (step.kind !== 'preview') return
    const request = { ...step.input, addSources }
    setStep({ kind: 'merging', input: request, summary: step.summary })
    try {
      const done = await callOp(api, 'merge.apply', request)
      onClose()
      notifyUndoable(mergedMessage(done))
    } catch (err) {
      setStep({ kind: 'choose', error: toApiError(err).message.replace(/^merge\.apply: /, '') })
    }
  }

  const shown = step.kind === 'preview' || step.kind === 'merging' ? step.summary : null
  const busy = step.kind === 'reading' || step.kind === 'merging'
  return (
    <Dialog
      title={shown ? `Merge ${shown.fileName}?` : 'Merge another analyst’s work'}
      onClose={onClose}
      className="dialog--wide"
      initialFocus={shown ? '.button--primary' : '.merge-dialog__choose'}
      footer={
        shown?.refusal ? (
          <DialogActions
            onCancel={onClose}
            action="Add its sources and merge"
            onAction={() => void merge(true)}
            disabled={busy}
          />
        ) : (
          <DialogActions
            onCancel={onClose}
            action="Merge"
            onAction={() => void merge(false)}
            disabled={!shown || shown.changes === 0 || busy}
          />
        )
      }
    >
      <input
        ref={input}
        type="file"
        accept=".json,.qdpx"
        hidden
        aria-label="Export to merge"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void read(file)
        }}
      />
      {shown ? (
        <MergeSummaryView summary={shown} />
      ) : (
        <div className="merge-dialog__choose-step">
          <p>
            Brings another analyst’s codings, highlights, links and notes into this workspace under their
            name, never replacing yours. Documents are matched by their text, themes by name and place in the
            codebook.
          </p>
          <button
            type="button"
            className="button merge-dialog__choose"
            disabled={busy}
            onClick={() => input.current?.click()}
          >
            {step.kind === 'reading' ? `Reading ${step.fileName}…` : 'Choose a file…'}
          </button>
          <p className="dialog-hint">
            Another workspace’s JSON export (Export… → JSON) or a REFI-QDA project (.qdpx) from ATLAS.ti,
            MAXQDA, NVivo or QualCoder.
          </p>
          {step.kind === 'choose' && step.error && (
            <p className="edit-form__error" role="alert">
              {step.error}
            </p>
          )}
        </div>
      )}
    </Dialog>
  )
}
