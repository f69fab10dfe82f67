import { useId, useMemo, useState, type FormEvent } from 'react'
import { toApiError } from '../../../../shared/api'
import type { Speaker } from '../../../../shared/domain'
import { api } from '../../api'
import { callOp } from '../../../../shared/api/call-op'
import { notify } from '../../app/toast'
import { Combobox } from '../../app/ui/combobox'
import { Dialog } from '../../app/ui/dialog'
import { FormDialog } from '../../app/ui/form-dialog'
import { plural } from '../themes/plural'
import { splitNames } from './split-names'
import './speaker-combo.css'
import { DialogActions } from '../../app/ui/dialog-actions'

/** Edit a speaker: name, role and the other names the import should recognise. */
export function EditSpeakerDialog({ speaker, onClose }: { speaker: Speaker; onClose(): void }) {
  const id = useId()
  const [name, setName] = useState(speaker.name)
  const [role, setRole] = useState(speaker.role ?? '')
  const [aliases, setAliases] = useState(speaker.aliases.join(', '))
  const [error, setError] = useState<string | null>(null)
  const save = async (e: FormEvent) => {
    e.preventDefault()
    const nextAliases = splitNames(aliases)
    const input = {
      id: speaker.id,
      ...(name.trim() !== speaker.name ? { name } : {}),
      ...(role.trim() !== (speaker.role ?? '') ? { role: role.trim() || null } : {}),
      ...(nextAliases.join('\n') !== speaker.aliases.join('\n') ? { aliases: nextAliases } : {})
    }
    if (Object.keys(input).length === 1) return onClose()
    try {
      const after = await callOp(api, 'speakers.update', input)
      notify(
        after.name !== speaker.name ? `Renamed “${speaker.name}” to “${after.name}”` : `Saved “${after.name}”`
      )
      onClose()
    } catch (err) {
      setError(toApiError(err).message)
    }
  }
  return (
    <FormDialog
      title={`Edit speaker “${speaker.name}”`}
      submit="Save"
      onSubmit={(e) => void save(e)}
      onEdit={() => setError(null)}
      onClose={onClose}
      error={error}
    >
      <label className="field">
        Name
        <input
          className="input"
          value={name}
          maxLength={200}
          required
          aria-invalid={!name.trim() || undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        Role
        <input
          className="input"
          value={role}
          maxLength={500}
          placeholder="e.g. Secretary of State"
          onChange={(e) => setRole(e.target.value)}
        />
      </label>
      <label className="field">
        Other names
        <input
          className="input"
          value={aliases}
          aria-describedby={`${id}-aliases`}
          onChange={(e) => setAliases(e.target.value)}
        />
      </label>
      <p id={`${id}-aliases`} className="dialog-hint">
        Separated by commas. Statements attributed to these names in new imports go to this speaker.
      </p>
    </FormDialog>
  )
}

interface MergeSpeakerDialogProps {
  speaker: Speaker
  speakers: readonly Speaker[]
  count: number
  onClose(): void
}

/** Merge: pick the speaker who stays; the statements move and every name of this one becomes an alias. */
export function MergeSpeakerDialog({ speaker, speakers, count, onClose }: MergeSpeakerDialogProps) {
  const [target, setTarget] = useState<Speaker | null>(null)
  const options = useMemo(
    () =>
      speakers
        .filter((s) => s.id !== speaker.id)
        .map((s) => ({ id: s.id, label: s.name, aliases: s.aliases, hint: s.role ?? undefined })),
    [speaker, speakers]
  )
  const merge = async () => {
    if (!target) return
    try {
      await callOp(api, 'speakers.merge', { fromId: speaker.id, intoId: target.id })
      notify(`Merged “${speaker.name}” into “${target.name}”`)
      onClose()
    } catch (err) {
      notify(toApiError(err).message, 'error')
    }
  }
  const names = [speaker.name, ...speaker.aliases].map((n) => `“${n}”`).join(', ')
  return (
    <Dialog
      title={`Merge “${speaker.name}” into…`}
      onClose={onClose}
      footer={
        <DialogActions
          onCancel={onClose}
          action={target ? `Merge into “${target.name}”` : 'Merge'}
          onAction={() => void merge()}
          disabled={!target}
        />
      }
    >
      <label className="field">
        The speaker who stays
        <Combobox
          label="Speaker who stays"
          placeholder="Type a name"
          options={options}
          autoFocus
          keepValue
          className="speaker-combo"
          onPick={(o) => setTarget(speakers.find((s) => s.id === o.id) ?? null)}
        />
      </label>
      <p className="dialog-summary" aria-live="polite">
        {target ? (
          <>
            {plural(count, 'statement')} will be attributed to “{target.name}”, who will also be known as{' '}
            {names}. “{speaker.name}” will be removed. You can undo this.
          </>
        ) : (
          <>
            “{speaker.name}” says {plural(count, 'statement')}.
          </>
        )}
      </p>
    </Dialog>
  )
}

/** Confirms deleting a speaker: the statements stay, without a speaker. */
export function DeleteSpeakerDialog({
  speaker,
  count,
  onClose
}: {
  speaker: Speaker
  count: number
  onClose(): void
}) {
  const remove = async () => {
    try {
      await callOp(api, 'speakers.delete', { id: speaker.id })
      notify(`Deleted speaker “${speaker.name}”`)
      onClose()
    } catch (err) {
      notify(toApiError(err).message, 'error')
    }
  }
  return (
    <Dialog
      title={`Delete speaker “${speaker.name}”?`}
      onClose={onClose}
      initialFocus=".button--danger"
      footer={
        <DialogActions
          onCancel={onClose}
          action="Delete speaker"
          onAction={() => void remove()}
          tone="danger"
        />
      }
    >
      <p>
        {count === 0
          ? 'No statement is attributed to them.'
          : `${plural(count, 'statement')} attributed to them will have no speaker. The statements themselves stay.`}
      </p>
      <p className="dialog-hint">You can undo this.</p>
    </Dialog>
  )
}
