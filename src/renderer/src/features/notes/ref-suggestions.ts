import type { SuggestionItem } from '../../../../editor/note-extensions'
import type { Theme } from '../../../../shared/domain'
import { api } from '../../api/api'
import { readQuery } from '../../api/query-client'
import { notify } from '../../app/toast'
import { excerpt } from './excerpt'

const STATEMENT_LIMIT = 8
const THEME_LIMIT = 8

/** The statements a query finds, for the `@` and `[[` lists. */
export async function searchStatements({ query }: { query: string }): Promise<SuggestionItem[]> {
  const q = query.trim()
  if (!q) return []
  try {
    const { hits } = await api['search.query']({ q, kinds: ['statement'], limit: STATEMENT_LIMIT })
    return hits.map((h) => ({
      id: h.id,
      label: excerpt(h.snippet || h.title),
      text: excerpt(h.snippet, 200),
      detail: h.speakerName ? `${h.speakerName} · ${h.title}` : h.title
    }))
  } catch (err) {
    notify(`Statement search failed: ${err instanceof Error ? err.message : String(err)}`, 'error')
    return []
  }
}

function loadThemes(): Promise<Theme[]> {
  return readQuery('themes.list', {}).catch((err: unknown) => {
    notify(`Could not load themes: ${err instanceof Error ? err.message : String(err)}`, 'error')
    return []
  })
}

/** The themes whose name holds the query, best match first, for the `#` list. */
export async function searchThemes({ query }: { query: string }): Promise<SuggestionItem[]> {
  const q = query.trim().toLowerCase()
  const themes = await loadThemes()
  const byId = new Map(themes.map((t) => [t.id, t]))
  const rank = (t: Theme): number => {
    const name = t.name.toLowerCase()
    return name === q ? 0 : name.startsWith(q) ? 1 : name.split(/\s+/).some((w) => w.startsWith(q)) ? 2 : 3
  }
  return themes
    .filter((t) => !q || t.name.toLowerCase().includes(q))
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))
    .slice(0, THEME_LIMIT)
    .map((t) => ({
      id: t.id,
      label: t.name,
      color: t.color,
      detail: t.parentId ? `in ${byId.get(t.parentId)?.name ?? '…'}` : undefined
    }))
}
