/**
 * The part of a workspace the crash test tracks, and the writes the crash writer acknowledges. The parent applies
 * every acknowledged write, in order, to its model of the workspace and compares the model with what it reads back
 * after the kill.
 */
export interface TrackedState {
  /** statement id → its theme ids, sorted */
  tags: Record<string, string[]>
  annotations: Record<string, { note: string; themeIds: string[] }>
  links: Record<string, { fromId: string; toId: string; relation: string; note: string }>
  /** `content` is the note's rich text as JSON */
  notes: Record<string, { title: string; content: string }>
  themes: Record<string, { name: string }>
}

export type CrashAction =
  | { op: 'tag' | 'untag'; statementIds: string[]; themeIds: string[] }
  | {
      op: 'annotate'
      id?: string
      documentId: string
      start: number
      end: number
      note: string
      themeIds: string[]
    }
  | { op: 'annotation.update'; id: string; note: string }
  | { op: 'annotation.delete'; id: string }
  | { op: 'link'; id?: string; fromId: string; toId: string; relation: string; note: string }
  | { op: 'link.update'; id: string; note: string }
  | { op: 'link.delete'; id: string }
  | { op: 'note.create'; id?: string; title: string; content: string }
  | { op: 'note.update'; id: string; content: string }
  | { op: 'note.delete'; id: string }
  | { op: 'theme.create'; id?: string; name: string }
  | { op: 'theme.rename'; id: string; name: string }
  | { op: 'theme.merge'; fromId: string; intoId: string }

/** One line of the writer's stdout. `intent` comes before a write is sent, `ack` after its promise resolved. */
export type WriterLine =
  | { ready: true; pid: number }
  | { intent: CrashAction }
  | { ack: CrashAction }
  | { failed: { op: string; code: string; message: string } }

/** Which collection a create adds to, so an in-flight create can be matched by the id it produced. */
export const CREATES: Partial<Record<CrashAction['op'], keyof TrackedState>> = {
  annotate: 'annotations',
  link: 'links',
  'note.create': 'notes',
  'theme.create': 'themes'
}

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort()

/** The model after `action` (which, for a create, must carry the new id). Pure: `state` is not changed. */
export function applyAction(state: TrackedState, action: CrashAction): TrackedState {
  const s = structuredClone(state)
  switch (action.op) {
    case 'tag':
    case 'untag':
      for (const id of action.statementIds) {
        const current = new Set(s.tags[id] ?? [])
        for (const t of action.themeIds) {
          if (action.op === 'tag') current.add(t)
          else current.delete(t)
        }
        s.tags[id] = sorted(current)
      }
      break
    case 'annotate':
      s.annotations[action.id!] = { note: action.note, themeIds: sorted(action.themeIds) }
      break
    case 'annotation.update':
      s.annotations[action.id] = { ...s.annotations[action.id]!, note: action.note }
      break
    case 'annotation.delete':
      delete s.annotations[action.id]
      break
    case 'link':
      s.links[action.id!] = {
        fromId: action.fromId,
        toId: action.toId,
        relation: action.relation,
        note: action.note
      }
      break
    case 'link.update':
      s.links[action.id] = { ...s.links[action.id]!, note: action.note }
      break
    case 'link.delete':
      delete s.links[action.id]
      break
    case 'note.create':
      s.notes[action.id!] = { title: action.title, content: action.content }
      break
    case 'note.update':
      s.notes[action.id] = { ...s.notes[action.id]!, content: action.content }
      break
    case 'note.delete':
      delete s.notes[action.id]
      break
    case 'theme.create':
      s.themes[action.id!] = { name: action.name }
      break
    case 'theme.rename':
      s.themes[action.id] = { name: action.name }
      break
    case 'theme.merge': {
      const swap = (ids: string[]) =>
        ids.includes(action.fromId) ? sorted([...ids.filter((x) => x !== action.fromId), action.intoId]) : ids
      for (const id of Object.keys(s.tags)) s.tags[id] = swap(s.tags[id]!)
      for (const a of Object.values(s.annotations)) a.themeIds = swap(a.themeIds)
      delete s.themes[action.fromId]
      break
    }
  }
  return s
}

/** Every difference between the expected and the actual state, as readable lines. */
export function diffStates(expected: TrackedState, actual: TrackedState): string[] {
  const out: string[] = []
  for (const key of Object.keys(expected) as (keyof TrackedState)[]) {
    const e = expected[key] as Record<string, unknown>
    const a = actual[key] as Record<string, unknown>
    for (const id of new Set([...Object.keys(e), ...Object.keys(a)])) {
      const want = JSON.stringify(e[id] ?? null)
      const got = JSON.stringify(a[id] ?? null)
      if (want !== got) out.push(`${key} ${id}: expected ${want.slice(0, 200)}, found ${got.slice(0, 200)}`)
    }
  }
  return out
}

/**
 * The in-flight write (intent without ack) may or may not have landed. Returns the model with it applied, taking the
 * id of a create from the one new entity of its kind in `actual`; null when that cannot be matched.
 */
export function withInFlight(
  model: TrackedState,
  intent: CrashAction,
  actual: TrackedState
): TrackedState | null {
  const kind = CREATES[intent.op]
  if (!kind) return applyAction(model, intent)
  const fresh = Object.keys(actual[kind]).filter((id) => !(id in model[kind]))
  if (fresh.length !== 1) return null
  return applyAction(model, { ...intent, id: fresh[0] } as CrashAction)
}
