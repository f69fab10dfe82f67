import { useState } from 'react'
import { useQuery } from '../../api'
import { TeamSettingsDialog } from './team-settings-dialog'
import { teamStatusLabel } from './team-status-label'
import './team.css'

/** The team connection in the top bar: connected, syncing n changes, offline since T; opens Team settings. */
export function TeamStatus({ readOnly }: { readOnly: boolean }) {
  const status = useQuery('sync.status', {})
  const [open, setOpen] = useState(false)
  const s = status.data
  const label = teamStatusLabel(s)
  const state = s?.error ? 'error' : (s?.state ?? 'off')
  return (
    <>
      <button
        type="button"
        className={`team-status team-status--${state}`}
        aria-haspopup="dialog"
        title={`${label.long} — Team settings`}
        onClick={() => setOpen(true)}
      >
        <span className="team-status__dot" aria-hidden="true" />
        <span className="team-status__text">{label.short}</span>
        <span className="visually-hidden">: {label.long}</span>
      </button>
      <span className="visually-hidden" role="status">
        {state === 'off' ? '' : label.long}
      </span>
      {open && <TeamSettingsDialog status={s} readOnly={readOnly} onClose={() => setOpen(false)} />}
    </>
  )
}
