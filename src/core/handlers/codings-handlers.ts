import type { NamespaceHandlers, SettleInput } from '../../shared/api'
import { settleChanges } from '../analysis/settle-changes'
import type { WorkspaceState } from '../model/workspace-state'
import type { Workspace } from '../workspace'

function settleLabel(s: WorkspaceState, input: SettleInput): string {
  const themes = [...new Set(input.themeIds)].map((t) => `“${s.themes.get(t)?.name ?? t}”`).join(', ')
  const { decision } = input
  const how =
    decision.kind === 'accept'
      ? `accept ${s.coders.get(decision.coderId)?.name ?? decision.coderId}`
      : decision.kind === 'keepAll'
        ? 'keep all'
        : 'remove'
  return `Settle ${themes}: ${how}`
}

export function codingsHandlers(ws: Workspace): NamespaceHandlers<'codings'> {
  const s = ws.state
  return {
    'codings.settle': (input) =>
      ws.mutate(settleLabel(s, input), () => {
        const changes = settleChanges(s, input)
        return { changes, result: { changed: changes.length } }
      })
  }
}
