import type { Theme } from '../../../../shared/domain'
import { run } from '../../api'
import { notify } from '../../app/toast'
import { suggestColor } from './theme-colors'

/** Creates a theme with the next unused palette colour; resolves to it, or undefined after an error toast. */
export async function createTheme(name: string, parentId: string | null, themes: readonly Theme[]) {
  const trimmed = name.trim()
  if (!trimmed) return undefined
  return run('themes.create', { name: trimmed, parentId, color: suggestColor(themes.map((t) => t.color)) })
}

export async function renameTheme(theme: Theme, name: string) {
  const trimmed = name.trim()
  if (!trimmed || trimmed === theme.name) return
  await run('themes.update', { id: theme.id, name: trimmed })
}

export async function recolorTheme(theme: Theme, color: string) {
  if (color.toLowerCase() === theme.color.toLowerCase()) return
  await run('themes.update', { id: theme.id, color: color.toLowerCase() })
}

export async function moveTheme(theme: Theme, parentId: string | null, parentName: string | null) {
  if ((theme.parentId ?? null) === parentId) return
  const done = await run('themes.update', { id: theme.id, parentId })
  if (done)
    notify(
      parentName ? `Moved “${theme.name}” under “${parentName}”` : `Moved “${theme.name}” to the top level`
    )
}

export async function mergeTheme(from: Theme, into: Theme) {
  const done = await run('themes.merge', { fromId: from.id, intoId: into.id })
  if (done) notify(`Merged “${from.name}” into “${into.name}”`)
  return done
}

export async function deleteTheme(theme: Theme) {
  const done = await run('themes.delete', { id: theme.id })
  if (done) notify(`Deleted theme “${theme.name}”`)
  return done
}
