import type * as Y from 'yjs'
import { z } from 'zod'
import { ApiError, type DeletedThemeConflict, type SyncConflictAction } from '../../shared/api'
import { HexColor, Id, Name, type Theme } from '../../shared/domain'
import type { Change } from '../model/change'
import type { Workspace } from '../workspace'
import { codingIndex } from './coding-index'
import type { ConflictSource } from './conflict-source'
import { parseCodingKey } from './coding-keys'
import { DocCodings } from './doc-codings'
import type { WorkspaceState } from '../model/workspace-state'
import { THEME_REMOVALS, entityMap, setEntity } from './sync-doc'
import { themeMergesIn } from '../model/theme-merges'

const Removal = z
  .object({ name: Name, color: HexColor, parentId: Id.nullable(), by: Id, at: z.string().max(40) })
  .strict()
type Removal = z.infer<typeof Removal>

const PREFIX = 'theme:'
const removals = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(THEME_REMOVALS)

/** Records the themes a local commit deleted (merges are followed instead, see themeMergesIn). */
export function recordThemeRemovals(
  doc: Y.Doc,
  changes: readonly Change[],
  coderId: string,
  at: string
): void {
  const merged = themeMergesIn(changes)
  for (const c of changes)
    if (c.kind === 'theme' && c.before && !c.after && !merged.has(c.before.id)) {
      const { name, color, parentId } = c.before
      removals(doc).set(c.before.id, { name, color, parentId, by: coderId, at } satisfies Removal)
    }
}

/**
 * Tells the team copy about the themes merged away or deleted here while sync was off (workspace.json keeps them,
 * see removed-themes.ts), as a live commit would have (themeMergesIn, recordThemeRemovals). Returns the themes
 * told now: the team copy's codings with them are this side's own, which the merge moved or the deletion removed.
 */
export function recordRemovedThemes(doc: Y.Doc, state: WorkspaceState): Set<string> {
  const told = new Set<string>()
  const merges = entityMap(doc, 'themeMerges')
  for (const t of state.removedThemes.values()) {
    if (state.themes.has(t.id) || merges.has(t.id) || removals(doc).has(t.id)) continue
    const by = t.by ?? state.coderId
    if (t.mergedInto !== null) setEntity(merges, t.id, t.mergedInto)
    else if (by !== null) {
      const { name, color, parentId, at } = t
      removals(doc).set(t.id, { name, color, parentId, by, at } satisfies Removal)
    } else continue
    told.add(t.id)
  }
  return told
}

/**
 * Codings of a theme deleted on one side while another coded with it: kept in the team copy but not applied, and
 * listed, one conflict per theme. Restore brings the theme back (and with it every such coding, on every side);
 * Drop codings removes them from the team copy.
 */
export class OrphanCodings implements ConflictSource {
  readonly prefix = PREFIX

  constructor(
    private readonly doc: Y.Doc,
    private readonly ws: Workspace,
    private readonly writeLocal: (fn: () => void) => void
  ) {}

  list(): DeletedThemeConflict[] {
    const s = this.ws.state
    const index = codingIndex(this.doc)
    const codings = new DocCodings(this.doc)
    const out: DeletedThemeConflict[] = []
    for (const themeId of index.byTheme.keys()) {
      if (s.themes.has(themeId) || codings.resolveTheme(themeId) !== null) continue
      const keys = this.keysOf(themeId)
      if (keys.length === 0) continue
      const removal = Removal.safeParse(removals(this.doc).get(themeId))
      const by = removal.success ? removal.data.by : null
      out.push({
        id: `${PREFIX}${themeId}`,
        kind: 'deletedTheme',
        themeId,
        themeName: removal.success ? removal.data.name : null,
        deletedBy: by === null ? null : (s.coders.get(by)?.name ?? null),
        deletedByYou: by !== null && by === s.coderId,
        codings: keys.length,
        yours: keys.filter((k) => parseCodingKey(k)?.coderId === s.coderId).length
      })
    }
    return out
  }

  /** The keys in `codings` that name `themeId`. */
  private keysOf(themeId: string): string[] {
    const index = codingIndex(this.doc)
    const out: string[] = []
    for (const owner of index.byTheme.get(themeId)?.keys() ?? [])
      for (const key of index.byOwner.get(owner) ?? [])
        if (parseCodingKey(key)?.themeId === themeId) out.push(key)
    return out
  }

  async resolve(id: string, action: SyncConflictAction): Promise<void> {
    if (action !== 'restore' && action !== 'confirm')
      throw new ApiError(
        'INVALID_INPUT',
        `codings of a deleted theme are resolved by restore or confirm, not ${action}`
      )
    const themeId = id.slice(PREFIX.length)
    const gone = () => new ApiError('NOT_FOUND', `no codings of a deleted theme "${themeId}"`)
    const find = () => this.list().find((c) => c.themeId === themeId)
    if (action === 'confirm') {
      await this.ws.read(() => {
        if (!find()) throw gone()
        const keys = this.keysOf(themeId)
        this.writeLocal(() => {
          const map = entityMap(this.doc, 'codings')
          for (const key of keys) map.delete(key)
          removals(this.doc).delete(themeId)
        })
      })
      return
    }
    await this.ws.mutate('Restore theme', () => {
      const c = find()
      if (!c) throw gone()
      const s = this.ws.state
      const removal = Removal.safeParse(removals(this.doc).get(themeId))
      const names = new Set([...s.themes.values()].map((t) => t.name.toLocaleLowerCase()))
      let name = c.themeName ?? 'Restored theme'
      for (let n = 2; names.has(name.toLocaleLowerCase()); n++)
        name = `${c.themeName ?? 'Restored theme'} (${n})`
      const parentId =
        removal.success && removal.data.parentId && s.themes.has(removal.data.parentId)
          ? removal.data.parentId
          : null
      const theme: Theme = {
        id: themeId,
        name,
        color: removal.success ? removal.data.color : '#6b7280',
        parentId,
        description: '',
        order: Math.max(0, ...[...s.themes.values()].map((t) => t.order + 1))
      }
      return { changes: [{ kind: 'theme', before: null, after: theme }], result: undefined }
    })
  }
}
