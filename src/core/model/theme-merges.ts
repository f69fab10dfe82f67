import type { Theme } from '../../shared/domain'
import type { Change } from './change'

/**
 * The themes a commit merged away, each with the theme it went into: as its removal says (`mergedInto`), or else
 * told from a deletion by what moved (a change made before removals said so, and rebased on a teammate's edits):
 * the statements and highlights that lose the theme all carry one same theme after, newly for some of them (a
 * deletion adds none), or its sub-themes move under one theme other than its parent (a deletion lifts them to
 * its parent).
 */
export function themeMergesIn(changes: readonly Change[]): Map<string, string> {
  const removed = new Map<string, Theme>()
  const said = new Map<string, string>()
  for (const c of changes)
    if (c.kind === 'theme' && c.before && !c.after) {
      removed.set(c.before.id, c.before)
      if (c.mergedInto) said.set(c.before.id, c.mergedInto)
    }
  const out = new Map<string, string>()
  for (const [id, into] of said) if (!removed.has(into)) out.set(id, into)
  for (const [id, theme] of removed) {
    if (said.has(id)) continue
    let common: string[] | null = null
    const added = new Set<string>()
    for (const c of changes) {
      if (c.kind !== 'statement' && c.kind !== 'annotation') continue
      if (!c.before?.themeIds.includes(id) || !c.after || c.after.themeIds.includes(id)) continue
      const after = c.after.themeIds
      common = (common ?? after).filter((t) => after.includes(t))
      for (const t of after) if (!c.before.themeIds.includes(t)) added.add(t)
    }
    const candidates = (common ?? []).filter((t) => added.has(t))
    if (common === null)
      for (const c of changes)
        if (
          c.kind === 'theme' &&
          c.before?.parentId === id &&
          c.after?.parentId &&
          c.after.parentId !== theme.parentId
        )
          candidates.push(c.after.parentId)
    const into = [...new Set(candidates)]
    if (into.length === 1 && !removed.has(into[0]!)) out.set(id, into[0]!)
  }
  return out
}
