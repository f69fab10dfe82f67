import { useState, type FormEvent } from 'react'
import { toApiError, type SyncStatus } from '../../../../shared/api'
import { callOp } from '../../../../shared/api/call-op'
import { api } from '../../api'
import { notify } from '../../app/toast'
import { FormDialog } from '../../app/ui/form-dialog'
import { ConflictList } from './conflict-list'
import { connectionLabel } from './team-status-label'

const message = (err: unknown) => toApiError(err).message.replace(/^sync\.\w+: /, '')

/**
 * Team settings: the team server's address and token. Connecting keeps a live connection (saved beside the
 * workspace, so the app reconnects when it opens); disconnecting stops it, and edits wait for the next connection.
 */
export function TeamSettingsDialog({
  status,
  readOnly,
  onClose
}: {
  status: SyncStatus | undefined
  readOnly: boolean
  onClose(): void
}) {
  const [url, setUrl] = useState(status?.server ?? '')
  const [token, setToken] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const on = status !== undefined && status.state !== 'off'

  const connect = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    setBusy(true)
    try {
      await callOp(api, 'sync.connect', { url, token })
      notify(`Syncing with ${url.trim()}`)
      onClose()
    } catch (err) {
      setError(message(err))
    } finally {
      setBusy(false)
    }
  }
  const disconnect = async () => {
    try {
      await callOp(api, 'sync.disconnect', {})
      notify('Stopped syncing; edits wait for the next connection')
      onClose()
    } catch (err) {
      setError(message(err))
    }
  }

  return (
    <FormDialog
      title="Team sync"
      submit={on ? 'Reconnect' : 'Connect'}
      onSubmit={(e) => void connect(e)}
      onEdit={() => setError(null)}
      onClose={onClose}
      error={error}
    >
      <p className="team-settings__state">{connectionLabel(status).long}.</p>
      {on && <ConflictList readOnly={readOnly} onShow={onClose} />}
      {readOnly ? (
        <p className="dialog-hint">This workspace is open read-only: it cannot sync.</p>
      ) : (
        <>
          <label className="field">
            Team server
            <input
              className="input"
              value={url}
              placeholder="ws://10.0.0.5:4444"
              autoComplete="off"
              spellCheck={false}
              required
              onChange={(e) => setUrl(e.target.value)}
            />
          </label>
          <label className="field">
            Team token
            <input
              className="input"
              type="password"
              value={token}
              autoComplete="off"
              required
              aria-describedby="team-token-hint"
              onChange={(e) => setToken(e.target.value)}
            />
          </label>
          <p id="team-token-hint" className="dialog-hint">
            The token <code>dossier sync-server</code> printed. It is kept beside this workspace, readable
            only by you, and never exported.
          </p>
          {on && (
            <button type="button" className="button team-settings__stop" onClick={() => void disconnect()}>
              Stop syncing
            </button>
          )}
        </>
      )}
    </FormDialog>
  )
}
