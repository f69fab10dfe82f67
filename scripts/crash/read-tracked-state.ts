import type { Api } from '../../src/shared/api'
import type { TrackedState } from './crash-model'

/** Reads the tracked part of a workspace through the API (as the app would show it). */
export async function readTrackedState(api: Api): Promise<TrackedState> {
  const state: TrackedState = { tags: {}, annotations: {}, links: {}, notes: {}, themes: {} }
  const { items } = await api['statements.list']({ limit: 100_000 })
  for (const st of items) state.tags[st.id] = [...st.themeIds].sort()
  for (const d of await api['documents.list']({})) {
    const { annotations } = await api['documents.get']({ id: d.id })
    for (const a of annotations)
      state.annotations[a.id] = { note: JSON.stringify(a.note), themeIds: [...a.themeIds].sort() }
  }
  for (const l of await api['links.list']({}))
    state.links[l.id] = { fromId: l.fromId, toId: l.toId, relation: l.relation, note: l.note }
  for (const n of await api['notes.list']({})) {
    const note = await api['notes.get']({ id: n.id })
    state.notes[n.id] = { title: note.title, content: JSON.stringify(note.content) }
  }
  for (const t of await api['themes.list']({})) state.themes[t.id] = { name: t.name }
  return state
}
