import { ApiError, type CodersView, type NamespaceHandlers } from '../../shared/api'
import { newId } from '../model/new-id'
import type { WorkspaceState } from '../model/workspace-state'
import type { Workspace } from '../workspace'

const codersView = (s: WorkspaceState): CodersView => ({
  current: (s.coderId && s.coders.get(s.coderId)) || null,
  coders: [...s.coders.values()]
})

export function codersHandlers(ws: Workspace): NamespaceHandlers<'coders'> {
  const s = ws.state
  return {
    'coders.list': () => ws.read(() => codersView(s)),

    'coders.setCurrent': (input) =>
      ws.mutate(`Code as “${input.name}”`, () => {
        const before = s.coderRoster()
        if (!before)
          throw new ApiError('DAMAGED', 'workspace.json is damaged; restore it before choosing who codes')
        const key = input.name.toLocaleLowerCase()
        const known = before.coders.find((c) => c.name.toLocaleLowerCase() === key)
        const coder = known ?? { id: newId('cd'), name: input.name }
        if (coder.id === before.coderId) return { changes: [], result: codersView(s) }
        const after = { coders: known ? before.coders : [...before.coders, coder], coderId: coder.id }
        return {
          changes: [{ kind: 'coders', before, after }],
          result: { current: coder, coders: after.coders }
        }
      }),

    'coders.scope': () => ws.read(() => ws.viewScope),

    'coders.setScope': async (input) => {
      const current = await ws.read(() => ws.viewScope)
      const blind = input.blind ?? current.blind
      const show = input.show ?? (blind ? 'mine' : current.show)
      if (blind && show !== 'mine')
        throw new ApiError('CONFLICT', 'blind mode shows only your codings; turn it off to see other coders')
      if (show !== 'all' && show !== 'mine' && !s.coders.has(show))
        throw new ApiError('NOT_FOUND', `no coder with id "${show}"`)
      if (blind === current.blind && show === current.show) return current
      return ws.setViewScope({ show, blind })
    }
  }
}
