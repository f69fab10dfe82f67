import type { FileKind } from '../files'
import type { Migration } from './index'

/**
 * Schema 1 → 2: themes gain `order`, their position among siblings (themes with the same parentId), so the
 * codebook can be reordered. Every file's schemaVersion goes from 1 to 2.
 */
export const themeOrder: Migration = {
  name: '001-theme-order',
  from: 1,
  to: 2,
  apply(kind: FileKind, raw: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = { ...raw, schemaVersion: 2 }
    if (kind === 'workspace' && Array.isArray(raw.themes)) {
      const nextBySibling = new Map<unknown, number>()
      out.themes = raw.themes.map((theme: unknown) => {
        if (typeof theme !== 'object' || theme === null) return theme
        const parentId = (theme as { parentId?: unknown }).parentId ?? null
        const order = nextBySibling.get(parentId) ?? 0
        nextBySibling.set(parentId, order + 1)
        return 'order' in theme ? theme : { ...theme, order }
      })
    }
    return out
  }
}
