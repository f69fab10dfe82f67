import type {
  Annotation,
  Coder,
  Document,
  Link,
  Note,
  Speaker,
  Statement,
  Theme,
  WorkspaceMeta
} from '../../shared/domain'
import type { SavedView } from '../../shared/api/saved-views'

/** The workspace's coders and the one its new work is credited to. */
export interface CoderRoster {
  coders: Coder[]
  coderId: string
}

export interface DocumentBundle {
  document: Document
  statements: Statement[]
  annotations: Annotation[]
}

/**
 * One entity's state before and after an edit. Every mutation is a list of these; undo applies the inverse. A theme
 * removed by a merge names the theme it went into (`mergedInto`), which a deletion leaves out.
 */
export type Change =
  | { kind: 'meta'; before: WorkspaceMeta; after: WorkspaceMeta }
  | { kind: 'coders'; before: CoderRoster; after: CoderRoster }
  | { kind: 'theme'; before: Theme | null; after: Theme | null; mergedInto?: string }
  | { kind: 'speaker'; before: Speaker | null; after: Speaker | null }
  | { kind: 'statement'; before: Statement; after: Statement }
  | { kind: 'annotation'; before: Annotation | null; after: Annotation | null }
  | { kind: 'link'; before: Link | null; after: Link | null }
  | { kind: 'note'; before: Note | null; after: Note | null }
  | { kind: 'document'; before: DocumentBundle | null; after: DocumentBundle | null }
  | { kind: 'view'; before: SavedView | null; after: SavedView | null }

export function invertChanges(changes: readonly Change[]): Change[] {
  return changes.map((c) => ({ ...c, before: c.after, after: c.before }) as Change).reverse()
}
