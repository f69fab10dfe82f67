import { RELATIONS } from '../../src/shared/domain'
import type { CrashAction, TrackedState } from './crash-model'
import type { Random } from './create-random'

export interface StatementSpan {
  id: string
  documentId: string
  start: number
  end: number
}

/** Themes the crash test creates; only these are merged away, so the seed codebook keeps its shape. */
export const CRASH_THEME_PREFIX = 'Crash '

const WORDS = [
  'escalation',
  'Kharkiv',
  'deterrence',
  'ATACMS',
  'Peskov',
  'border',
  'red line',
  'allies',
  'risk'
]

function text(r: Random): string {
  // Mostly short; sometimes ~20 KB, so that a kill can land in the middle of writing a large file.
  const n = r.chance(0.1) ? 2000 + r.int(2000) : 1 + r.int(12)
  return Array.from({ length: n }, () => r.pick(WORDS)).join(' ') + ` ${r.int(1e9)}`
}

/** Rich text in the key order the schema returns, so it round-trips byte for byte. */
const richText = (t: string) =>
  JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] })

const renamed = (name: string, r: Random) => `${name.replace(/ #\d+$/, '')} #${r.int(1e9)}`

/** A random write that makes sense against `model`; null when the chosen kind has nothing to act on. */
export function chooseAction(
  model: TrackedState,
  statements: StatementSpan[],
  r: Random
): CrashAction | null {
  const themeIds = Object.keys(model.themes)
  const crashThemes = themeIds.filter((id) => model.themes[id]!.name.startsWith(CRASH_THEME_PREFIX))
  const annotations = Object.keys(model.annotations)
  const links = Object.keys(model.links)
  const notes = Object.keys(model.notes)
  const some = <T>(items: readonly T[], max: number) => [
    ...new Set(Array.from({ length: 1 + r.int(max) }, () => r.pick(items)))
  ]
  const roll = r.int(100)

  if (roll < 25) {
    // Several statements: across documents this is a multi-file commit through the journal.
    return { op: 'tag', statementIds: some(statements, 3).map((s) => s.id), themeIds: some(themeIds, 2) }
  }
  if (roll < 33) {
    const tagged = Object.keys(model.tags).filter((id) => model.tags[id]!.length > 0)
    if (tagged.length === 0) return null
    const id = r.pick(tagged)
    return { op: 'untag', statementIds: [id], themeIds: some(model.tags[id]!, 2) }
  }
  if (roll < 43) {
    if (annotations.length >= 40) return { op: 'annotation.delete', id: r.pick(annotations) }
    const s = r.pick(statements)
    return {
      op: 'annotate',
      documentId: s.documentId,
      start: s.start,
      end: s.end,
      note: richText(text(r)),
      themeIds: r.chance(0.5) ? some(themeIds, 2) : []
    }
  }
  if (roll < 51) {
    if (annotations.length === 0) return null
    return { op: 'annotation.update', id: r.pick(annotations), note: richText(text(r)) }
  }
  if (roll < 54) return annotations.length ? { op: 'annotation.delete', id: r.pick(annotations) } : null
  if (roll < 62) {
    if (links.length >= 40) return { op: 'link.delete', id: r.pick(links) }
    const from = r.pick(statements).id
    const to = r.pick(statements).id
    const relation = r.pick(RELATIONS)
    const exists = Object.values(model.links).some(
      (l) =>
        l.relation === relation &&
        ((l.fromId === from && l.toId === to) || (l.fromId === to && l.toId === from))
    )
    if (from === to || exists) return null
    return { op: 'link', fromId: from, toId: to, relation, note: text(r) }
  }
  if (roll < 67) return links.length ? { op: 'link.update', id: r.pick(links), note: text(r) } : null
  if (roll < 70) return links.length ? { op: 'link.delete', id: r.pick(links) } : null
  if (roll < 76) {
    if (notes.length >= 15) return { op: 'note.delete', id: r.pick(notes) }
    return { op: 'note.create', title: `Crash note ${r.int(1e9)}`, content: richText(text(r)) }
  }
  if (roll < 88)
    return notes.length ? { op: 'note.update', id: r.pick(notes), content: richText(text(r)) } : null
  if (roll < 90) return notes.length ? { op: 'note.delete', id: r.pick(notes) } : null
  if (roll < 93) {
    if (crashThemes.length >= 8) return null
    return { op: 'theme.create', name: `${CRASH_THEME_PREFIX}${r.pick(WORDS)} #${r.int(1e9)}` }
  }
  if (roll < 97) {
    const id = r.pick(themeIds)
    return { op: 'theme.rename', id, name: renamed(model.themes[id]!.name, r) }
  }
  if (crashThemes.length === 0) return null
  const fromId = r.pick(crashThemes)
  const intoId = r.pick(themeIds.filter((id) => id !== fromId))
  return { op: 'theme.merge', fromId, intoId }
}
