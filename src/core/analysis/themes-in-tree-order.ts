import { codebookOrder, type CodebookEntry } from '../../shared/domain/codebook'
import type { WorkspaceState } from '../model/workspace-state'

/** The workspace's codebook in codebook order (shared/domain/codebook). */
export function themesInTreeOrder(s: WorkspaceState): CodebookEntry[] {
  return codebookOrder([...s.themes.values()])
}
