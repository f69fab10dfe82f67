import type { Annotation, Statement, ThemeCoding } from '../../shared/domain'
import type { ViewScope } from '../../shared/api'
import type { Change, DocumentBundle } from './change'
import type { Coded } from './theme-codings'

/**
 * Which coders' codings a view shows, applied to statements and highlights: a theme stays when one of the
 * shown coders applied it. A coding that names no coder (older work) counts as the current coder's. A highlight
 * made by a coder not shown goes with its themes unless a shown coder coded it.
 */
export class CodingScope {
  constructor(
    private readonly shown: ReadonlySet<string>,
    private readonly uncredited: boolean
  ) {}

  private visible(themeIds: readonly string[], codedBy: readonly ThemeCoding[] | undefined) {
    const themes = themeIds.filter((t) => {
      let credited = false
      for (const c of codedBy ?? [])
        if (c.themeId === t) {
          if (this.shown.has(c.createdBy)) return true
          credited = true
        }
      return !credited && this.uncredited
    })
    const by = codedBy?.filter((c) => this.shown.has(c.createdBy))
    return { themes, by, same: themes.length === themeIds.length && by?.length === codedBy?.length }
  }

  statement(st: Statement): Statement {
    if (st.themeIds.length === 0) return st
    const v = this.visible(st.themeIds, st.codedBy)
    return v.same ? st : { ...st, themeIds: v.themes, ...(v.by ? { codedBy: v.by } : {}) }
  }

  /** The highlight as the scope shows it, or null when it is hidden. */
  annotation(a: Annotation): Annotation | null {
    const v = this.visible(a.themeIds, a.codedBy)
    const own = a.createdBy === undefined ? this.uncredited : this.shown.has(a.createdBy)
    if (!own && v.themes.length === 0) return null
    return v.same ? a : { ...a, themeIds: v.themes, ...(v.by ? { codedBy: v.by } : {}) }
  }

  /**
   * An edit of themes made in this scope (`after` is `before` with its themes changed) with the codings the
   * scope hid put back: removing a theme one sees removes only the shown coders' codings of it, never another
   * coder's. `before` itself when that leaves nothing changed.
   */
  keepHidden<T extends Coded>(before: T, after: T): T {
    if (after === before) return after
    const hiddenBy = (before.codedBy ?? []).filter((c) => !this.shown.has(c.createdBy))
    const hidden = new Set(hiddenBy.map((c) => c.themeId))
    if (!this.uncredited) {
      const credited = new Set((before.codedBy ?? []).map((c) => c.themeId))
      for (const t of before.themeIds) if (!credited.has(t)) hidden.add(t)
    }
    if (hidden.size === 0) return after
    const has = new Set((after.codedBy ?? []).map((c) => `${c.themeId} ${c.createdBy}`))
    const codedBy = [
      ...(after.codedBy ?? []),
      ...hiddenBy.filter((c) => !has.has(`${c.themeId} ${c.createdBy}`))
    ]
    const themeIds = [...after.themeIds, ...[...hidden].filter((t) => !after.themeIds.includes(t))]
    const key = (c: ThemeCoding) => `${c.themeId} ${c.createdBy}`
    const was = new Set((before.codedBy ?? []).map(key))
    const same =
      themeIds.length === before.themeIds.length &&
      themeIds.every((t) => before.themeIds.includes(t)) &&
      codedBy.length === was.size &&
      codedBy.every((c) => was.has(key(c)))
    if (same) return before
    return { ...after, themeIds, ...(codedBy.length > 0 ? { codedBy } : {}) }
  }

  bundle(b: DocumentBundle): DocumentBundle {
    return {
      document: b.document,
      statements: b.statements.map((st) => this.statement(st)),
      annotations: b.annotations.flatMap((a) => this.annotation(a) ?? [])
    }
  }

  /** The changes as the scoped state sees them (a hidden highlight's edits are none). */
  changes(changes: readonly Change[]): Change[] {
    const out: Change[] = []
    for (const c of changes) {
      if (c.kind === 'statement')
        out.push({ kind: 'statement', before: this.statement(c.before), after: this.statement(c.after) })
      else if (c.kind === 'annotation') {
        const before = c.before && this.annotation(c.before)
        const after = c.after && this.annotation(c.after)
        if (before || after) out.push({ kind: 'annotation', before, after })
      } else if (c.kind === 'document')
        out.push({
          kind: 'document',
          before: c.before && this.bundle(c.before),
          after: c.after && this.bundle(c.after)
        })
      else out.push(c)
    }
    return out
  }
}

/** The scope's filter for a workspace whose current coder is `coderId`, or null when it shows everyone's. */
export function codingScopeOf(scope: ViewScope, coderId: string | null): CodingScope | null {
  const show = scope.blind ? 'mine' : scope.show
  if (show === 'all') return null
  const id = show === 'mine' ? coderId : show
  return new CodingScope(new Set(id ? [id] : []), id !== null && id === coderId)
}
