import type { CoderActivity } from '../../shared/api'
import type { WorkspaceState } from '../model/workspace-state'
import { coderCodings } from './coder-codings'

/** Every coder, in the workspace's order, with the number of their codings and of the documents they coded in. */
export function coderActivity(s: WorkspaceState): CoderActivity {
  const ids = [...s.coders.keys()]
  const codings = new Map(ids.map((id) => [id, 0]))
  const documents = new Map(ids.map((id) => [id, new Set<string>()]))
  for (const c of coderCodings(s, new Set(ids))) {
    codings.set(c.coder, codings.get(c.coder)! + 1)
    documents.get(c.coder)!.add(c.documentId)
  }
  return {
    coders: [...s.coders.values()].map((coder) => ({
      coder,
      codings: codings.get(coder.id)!,
      documents: documents.get(coder.id)!.size
    }))
  }
}
