import { deterministicUuid } from './deterministic-uuid'
import type { ExportView } from '../export/export-view'
import type { XmlElement } from './xml-writer'

/** The kinds of Dossier objects that get a REFI-QDA GUID. */
export type QdaKind =
  | 'user'
  | 'theme'
  | 'document'
  | 'statement'
  | 'annotation'
  | 'coding'
  | 'note'
  | 'annotation-note'
  | 'link'
  | 'link-note'
  | 'speaker'

/** Stable GUIDs for one workspace: the same workspace, kind and id always give the same UUID. */
export function qdaGuid(workspaceId: string): (kind: QdaKind, ...ids: string[]) => string {
  return (kind, ...ids) => deterministicUuid(workspaceId, kind, ...ids)
}

/**
 * The in-scope themes as nested REFI-QDA `Code` elements (codebook order; a theme whose parent is out of scope is
 * a root). Each has guid, name, isCodable="true", color and, when the theme has one, a Description.
 * The same elements are valid in a project's CodeBook and in a `.qdc` (only the namespace differs).
 */
export function qdaCodes(view: ExportView): XmlElement[] {
  const guid = qdaGuid(view.snapshot.meta.id)
  // view.themes is depth-first with depths, so a stack rebuilds the tree (parent cycles already broken there).
  const roots: XmlElement[] = []
  const stack: { depth: number; el: XmlElement }[] = []
  for (const { theme, depth } of view.themes) {
    const el: XmlElement = {
      name: 'Code',
      attrs: {
        guid: guid('theme', theme.id),
        name: theme.name,
        isCodable: 'true',
        color: theme.color.toLowerCase()
      },
      children:
        theme.description.trim() !== '' ? [{ name: 'Description', children: [theme.description] }] : []
    }
    while (stack.length > 0 && stack.at(-1)!.depth >= depth) stack.pop()
    const parent = stack.at(-1)
    if (parent) parent.el.children!.push(el)
    else roots.push(el)
    stack.push({ depth, el })
  }
  return roots
}
