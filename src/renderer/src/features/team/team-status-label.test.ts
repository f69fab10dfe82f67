import { describe, expect, it } from 'vitest'
import { teamStatusLabel } from './team-status-label'

const server = 'ws://10.0.0.5:4444'

describe('teamStatusLabel', () => {
  it('says when there is no team connection', () => {
    expect(teamStatusLabel(undefined).short).toBe('Team')
    expect(teamStatusLabel({ state: 'off', pendingChanges: 0 }).long).toBe('Not syncing with a team server')
  })

  it('names the server and counts the changes in flight', () => {
    expect(teamStatusLabel({ state: 'connected', pendingChanges: 0, server })).toEqual({
      short: 'Synced',
      long: `Connected to ${server}; every change here is shared`
    })
    expect(teamStatusLabel({ state: 'syncing', pendingChanges: 3, server }).short).toBe('Syncing 3')
    expect(teamStatusLabel({ state: 'syncing', pendingChanges: 1, server }).long).toBe(
      `Syncing 1 change with ${server}`
    )
  })

  it('says since when it is offline and what waits to be sent', () => {
    const since = '2026-12-03T10:42:00.000Z'
    const label = teamStatusLabel({ state: 'offline', pendingChanges: 2, offlineSince: since, server })
    const clock = new Date(since).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    expect(label.short).toBe(`Offline since ${clock}`)
    expect(label.long).toBe(
      `${server} cannot be reached since ${clock}; 2 changes will be sent when it is back`
    )
  })

  it('gives the server’s reason for a refusal', () => {
    const label = teamStatusLabel({
      state: 'offline',
      pendingChanges: 0,
      server,
      error: 'the team token is wrong'
    })
    expect(label).toEqual({
      short: 'Refused',
      long: `${server} refused this workspace: the team token is wrong`
    })
  })

  it('counts the conflicts waiting, after the connection', () => {
    const label = teamStatusLabel({ state: 'connected', pendingChanges: 0, server, conflicts: 2 })
    expect(label.short).toBe('Synced · 2 conflicts')
    expect(label.long).toBe(
      `Connected to ${server}; every change here is shared; 2 conflicts to resolve in Team settings`
    )
  })
})
