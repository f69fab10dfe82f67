import { join } from 'node:path'
import { DEFAULT_VIEW_SCOPE, ViewScope } from '../../shared/api/view-scope'
import { DurableJsonFile } from './durable-json-file'

/** This computer's choice of whose codings to show, beside the workspace's files: never exported or synced. */
export const VIEW_SCOPE_FILE = '.view-scope.json'

const fileIn = (dir: string) => new DurableJsonFile<ViewScope>(join(dir, VIEW_SCOPE_FILE))

/** The saved scope; everyone's codings when none was saved or the file is unreadable (said on stderr). */
export async function readViewScope(dir: string): Promise<ViewScope> {
  try {
    const found = await fileIn(dir).readValue()
    if (!found.found) return DEFAULT_VIEW_SCOPE
    const parsed = ViewScope.safeParse(found.value)
    if (parsed.success) return parsed.data
  } catch {
    // Unreadable: said below, like a damaged one.
  }
  console.error(`Dossier: ${VIEW_SCOPE_FILE} is damaged; showing everyone's codings`)
  return DEFAULT_VIEW_SCOPE
}

export const writeViewScope = (dir: string, scope: ViewScope): Promise<void> => fileIn(dir).write(scope)
