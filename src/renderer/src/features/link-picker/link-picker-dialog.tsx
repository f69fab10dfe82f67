import { useState } from 'react'
import type { Relation } from '../../../../shared/domain'
import { run, useQuery } from '../../api'
import { appStore, useAppState } from '../../app/app-state'
import { notify } from '../../app/toast'
import { Dialog } from '../../app/ui/dialog'
import { RELATION_INFO, relationLabel } from './relations'
import { StatementSearch, type Candidate } from './statement-search'
import './link-picker.css'
import { DialogActions } from '../../app/ui/dialog-actions'

/** Shown while app-state `linkPicker` is set: find a statement, choose how they relate, add a note, link. */
export function LinkPicker() {
  const picker = useAppState((s) => s.linkPicker)
  if (!picker) return null
  return <LinkPickerDialog key={picker.fromId} fromId={picker.fromId} />
}

function LinkPickerDialog({ fromId }: { fromId: string }) {
  const from = useQuery('statements.get', { id: fromId })
  const speakers = useQuery('speakers.list', {})
  const [target, setTarget] = useState<Candidate | null>(null)
  const [relation, setRelation] = useState<Relation>('supports')
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const close = () => appStore.setState({ linkPicker: null })

  const create = async () => {
    if (!target || busy) return
    setBusy(true)
    const link = await run('links.create', {
      fromId,
      toId: target.id,
      relation,
      note: note.trim() || undefined
    })
    setBusy(false)
    if (!link) return
    notify(
      `Linked: ${relationLabel(relation, 'out')} “${target.text.slice(0, 60)}${target.text.length > 60 ? '…' : ''}”`
    )
    close()
  }

  const source = from.data?.statement
  return (
    <Dialog
      title="Cross-reference a statement"
      onClose={close}
      className="dialog--wide link-picker"
      footer={
        <DialogActions
          onCancel={close}
          action="Create link"
          onAction={() => void create()}
          disabled={!target || busy}
        />
      }
    >
      <p className="link-picker__from">
        <span className="link-picker__label">From</span>
        <span className="link-picker__quote">{source ? source.text : '…'}</span>
        {source && <span className="link-picker__meta">{source.documentTitle}</span>}
      </p>

      {!target ? (
        <StatementSearch excludeId={fromId} speakers={speakers.data ?? []} onPick={setTarget} />
      ) : (
        <>
          <div className="link-picker__target">
            <span className="link-picker__label">To</span>
            <span className="link-picker__quote">{target.text}</span>
            <span className="link-picker__meta">{target.documentTitle}</span>
            <button
              type="button"
              className="button button--small link-picker__change"
              onClick={() => setTarget(null)}
            >
              Change
            </button>
          </div>
          <fieldset className="relation-choice">
            <legend className="relation-choice__legend">
              How does the first statement relate to this one?
            </legend>
            {RELATION_INFO.map((r, i) => (
              <label key={r.relation} className="relation-choice__option">
                <input
                  type="radio"
                  name="relation"
                  value={r.relation}
                  checked={relation === r.relation}
                  autoFocus={i === 0}
                  onChange={() => setRelation(r.relation)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault()
                      void create()
                    }
                  }}
                />
                <span className="relation-choice__name">{r.name}</span>
                <span className="relation-choice__desc">{r.description}</span>
              </label>
            ))}
          </fieldset>
          <label className="field link-picker__note">
            Note (optional)
            <textarea
              className="input"
              rows={2}
              maxLength={20_000}
              value={note}
              placeholder="Why are these linked? Ctrl+Enter to save"
              onChange={(e) => setNote(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault()
                  void create()
                }
              }}
            />
          </label>
        </>
      )}
    </Dialog>
  )
}
