import type { SyncStatus } from '../../../../shared/api'
import { plural } from '../themes/plural'

export interface TeamStatusLabel {
  /** A few words for the top bar. */
  short: string
  /** The whole state, for the tooltip and screen readers. */
  long: string
}

const clock = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })

/** What the top bar says about the team connection, and the conflicts waiting, when there are. */
export function teamStatusLabel(status: SyncStatus | undefined): TeamStatusLabel {
  const label = connectionLabel(status)
  const n = status?.conflicts ?? 0
  if (n === 0) return label
  return {
    short: `${label.short} · ${plural(n, 'conflict')}`,
    long: `${label.long}; ${plural(n, 'conflict')} to resolve in Team settings`
  }
}

/** The connection alone (Team settings lists the conflicts itself). */
export function connectionLabel(status: SyncStatus | undefined): TeamStatusLabel {
  if (!status || status.state === 'off') return { short: 'Team', long: 'Not syncing with a team server' }
  const server = status.server ?? 'the team server'
  const pending = status.pendingChanges
  if (status.error) return { short: 'Refused', long: `${server} refused this workspace: ${status.error}` }
  switch (status.state) {
    case 'connecting':
      return { short: 'Connecting…', long: `Connecting to ${server}` }
    case 'connected':
      return { short: 'Synced', long: `Connected to ${server}; every change here is shared` }
    case 'syncing':
      return pending > 0
        ? { short: `Syncing ${pending}`, long: `Syncing ${plural(pending, 'change')} with ${server}` }
        : { short: 'Syncing…', long: `Exchanging changes with ${server}` }
    case 'offline': {
      const since = status.offlineSince ? ` since ${clock(status.offlineSince)}` : ''
      const waiting = pending > 0 ? `; ${plural(pending, 'change')} will be sent when it is back` : ''
      return { short: `Offline${since}`, long: `${server} cannot be reached${since}${waiting}` }
    }
  }
}
