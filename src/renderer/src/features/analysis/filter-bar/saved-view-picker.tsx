import { useState } from 'react'
import { VIEW_NAME_MAX, type SavedViewRow } from '../../../../../shared/api'
import { useQuery } from '../../../api/use-query'
import { run } from '../../../api/run-mutation'
import { appStore, useAppState } from '../../../app/app-state'
import { notify } from '../../../app/toast'
import { Dialog } from '../../../app/ui/dialog'
import { isEmptyViewFilter, sameViewFilter, viewFilterOf } from './view-filter-of'
import './filter-bar.css'
import { DialogActions } from '../../../app/ui/dialog-actions'

/** Sets the app's filter to a saved view's (replacing it), saying what of it no longer exists. */
export function openSavedView(view: SavedViewRow): void {
  appStore.setState({ filter: { ...view.filter }, drilledFrom: null })
  notify(
    view.dropped.length
      ? `Opened view “${view.name}” (${view.dropped.join('; ')}; left out)`
      : `Opened view “${view.name}”`
  )
}

interface Props {
  /** Also offer saving the current filter as a view and deleting the open one (the analysis bar). */
  manage?: boolean
}

/** Saved views: open one (sets the filter); with `manage`, save the filter as a view and delete the open one. */
export function SavedViewPicker({ manage = false }: Props) {
  const filter = useAppState((s) => s.filter)
  const { data: views = [] } = useQuery('views.list', {})
  const [saving, setSaving] = useState(false)
  const current = views.find((v) => sameViewFilter(v.filter, viewFilterOf(filter)))
  const open = (id: string) => {
    const view = views.find((v) => v.id === id)
    if (view) openSavedView(view)
  }
  const remove = async () => {
    if (!current) return
    if (await run('views.delete', { id: current.id }))
      notify(`Deleted view “${current.name}” (Ctrl+Z undoes)`)
  }
  return (
    <div className="saved-views" role="group" aria-label="Saved views">
      <label className="saved-views__field">
        <span className="visually-hidden">Open a saved view</span>
        <select
          className="input"
          value={current?.id ?? ''}
          disabled={views.length === 0}
          title={views.length === 0 ? 'No saved views yet' : undefined}
          onChange={(e) => open(e.target.value)}
        >
          <option value="" disabled={views.length > 0}>
            {views.length === 0 ? 'No saved views' : current ? '' : 'Open a view…'}
          </option>
          {views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      {manage && (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={isEmptyViewFilter(filter)}
            title={isEmptyViewFilter(filter) ? 'Set a filter first' : undefined}
            onClick={() => setSaving(true)}
          >
            Save view…
          </button>
          {current && (
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={`Delete view ${current.name}`}
              onClick={() => void remove()}
            >
              Delete view
            </button>
          )}
        </>
      )}
      {saving && (
        <SaveViewDialog views={views} initialName={current?.name ?? ''} onClose={() => setSaving(false)} />
      )}
    </div>
  )
}

function SaveViewDialog({
  views,
  initialName,
  onClose
}: {
  views: SavedViewRow[]
  initialName: string
  onClose(): void
}) {
  const [name, setName] = useState(initialName)
  const trimmed = name.trim()
  const existing = views.find((v) => v.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())
  const problem = !trimmed
    ? 'Give the view a name.'
    : trimmed.length > VIEW_NAME_MAX
      ? `At most ${VIEW_NAME_MAX} characters (${trimmed.length} now).`
      : null
  const save = async () => {
    if (problem) return
    const view = await run('views.save', { name: trimmed, filter: viewFilterOf(appStore.getState().filter) })
    if (!view) return
    notify(`${existing ? 'Replaced' : 'Saved'} view “${view.name}”`)
    onClose()
  }
  return (
    <Dialog
      title="Save view"
      onClose={onClose}
      footer={
        <DialogActions
          onCancel={onClose}
          action={existing ? 'Replace view' : 'Save view'}
          disabled={Boolean(problem)}
          form="save-view-form"
        />
      }
    >
      <form
        id="save-view-form"
        className="save-view"
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <label className="save-view__label" htmlFor="save-view-name">
          Name
        </label>
        <input
          id="save-view-name"
          className="input"
          value={name}
          maxLength={VIEW_NAME_MAX + 20}
          aria-describedby="save-view-hint"
          aria-invalid={Boolean(problem && name)}
          onChange={(e) => setName(e.target.value)}
        />
        <p id="save-view-hint" className="dialog-hint">
          {problem && name
            ? problem
            : existing
              ? `Replaces the filter of the view “${existing.name}”.`
              : 'Saves the current filter under this name, in the workspace.'}
        </p>
      </form>
    </Dialog>
  )
}
