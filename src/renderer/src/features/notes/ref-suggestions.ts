import { Extension, type Editor, type Range } from '@tiptap/core'
import { PluginKey } from '@tiptap/pm/state'
import Suggestion from '@tiptap/suggestion'
import type { Theme } from '../../../../shared/domain'
import { api } from '../../api/api'
import { readQuery } from '../../api/query-client'
import { notify } from '../../app/toast'
import { bracketSuggestionMatch } from './bracket-trigger'
import { excerpt } from './excerpt'
import { popupRenderer, type SuggestionItem } from './suggestion-popup'

const STATEMENT_LIMIT = 8
const THEME_LIMIT = 8

async function searchStatements({ query }: { query: string }): Promise<SuggestionItem[]> {
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

async function searchThemes({ query }: { query: string }): Promise<SuggestionItem[]> {
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

const insertStatement = ({
  editor,
  range,
  props
}: {
  editor: Editor
  range: Range
  props: SuggestionItem
}): void => {
  editor.chain().focus().deleteRange(range).insertStatementRef({ id: props.id, label: props.label }).run()
}
const insertTheme = ({
  editor,
  range,
  props
}: {
  editor: Editor
  range: Range
  props: SuggestionItem
}): void => {
  editor.chain().focus().deleteRange(range).insertThemeRef({ id: props.id, label: props.label }).run()
}

/** `@` or `[[` cite a statement, `#` references a theme: each opens a suggestion list and inserts a chip. */
export const RefSuggestions = Extension.create({
  name: 'refSuggestions',
  addProseMirrorPlugins() {
    return [
      Suggestion<SuggestionItem, SuggestionItem>({
        editor: this.editor,
        pluginKey: new PluginKey('statementAt'),
        char: '@',
        allowSpaces: true,
        debounce: 120,
        items: searchStatements,
        command: insertStatement,
        render: popupRenderer('statements')
      }),
      Suggestion<SuggestionItem, SuggestionItem>({
        editor: this.editor,
        pluginKey: new PluginKey('statementBrackets'),
        char: '[[',
        allowSpaces: true,
        findSuggestionMatch: bracketSuggestionMatch,
        debounce: 120,
        items: searchStatements,
        command: insertStatement,
        render: popupRenderer('statements')
      }),
      Suggestion<SuggestionItem, SuggestionItem>({
        editor: this.editor,
        pluginKey: new PluginKey('themeHash'),
        char: '#',
        items: searchThemes,
        command: insertTheme,
        render: popupRenderer('themes')
      })
    ]
  }
})
