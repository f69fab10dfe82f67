import { Decoration } from '@tiptap/pm/view'
import type { Annotation, Statement } from '../../../../shared/domain'
import { segmentHighlights, segmentLook } from './highlight-layers'
import type { OffsetMap } from './offset-map'
import { gutterMarkers, type GutterItem } from './gutter-markers'
import type { SpeakerLabel } from './speaker-labels'

export interface ThemeLook {
  name: string
  color: string
}

export interface ReaderData {
  /** Sorted by start. */
  statements: Statement[]
  annotations: Annotation[]
  linkCounts: Record<string, number>
  themes: ReadonlyMap<string, ThemeLook>
  /** Speakers' names to show in the text; empty when they are hidden. */
  speakerLabels?: readonly SpeakerLabel[]
}

export interface ReaderIndex {
  statementRanges: Map<string, { from: number; to: number }>
  annotationRanges: Map<string, { from: number; to: number }>
}

/** What the decorations are made of, computed once per data: positions in the whole text. */
interface Prepared {
  index: ReaderIndex
  segments: { from: number; to: number; look: ReturnType<typeof segmentLook>; ids: string }[]
  gutter: { paragraph: number; pos: number; items: GutterItem[] }[]
}

const prepared = new WeakMap<ReaderData, Prepared>()

function prepare(data: ReaderData, map: OffsetMap): Prepared {
  const cached = prepared.get(data)
  if (cached) return cached
  const statementRanges = new Map<string, { from: number; to: number }>()
  const annotationRanges = new Map<string, { from: number; to: number }>()
  const range = (start: number, end: number) => {
    const from = map.toPos(start, 'start')
    const to = map.toPos(end, 'end')
    return to > from ? { from, to } : null
  }
  const byParagraph = new Map<number, GutterItem[]>()
  const addToGutter = (paragraph: number, item: GutterItem) => {
    if (paragraph < 0) return
    const list = byParagraph.get(paragraph)
    if (list) list.push(item)
    else byParagraph.set(paragraph, [item])
  }
  for (const s of data.statements) {
    const r = range(s.start, s.end)
    if (!r) continue
    statementRanges.set(s.id, r)
    const links = data.linkCounts[s.id] ?? 0
    if (links) addToGutter(map.paragraphAt(s.start), { kind: 'statement', id: s.id, links })
  }
  const firstThemeColor = (a: Annotation) => {
    for (const id of a.themeIds) {
      const t = data.themes.get(id)
      if (t) return t.color
    }
    return null
  }
  for (const a of data.annotations) {
    const r = range(a.start, a.end)
    if (r) annotationRanges.set(a.id, r)
    const excerpt = a.notePlain.trim()
    if (excerpt)
      addToGutter(map.paragraphAt(a.start), { kind: 'note', id: a.id, excerpt: excerpt.slice(0, 200) })
  }
  const segments: Prepared['segments'] = []
  const highlights = data.annotations.map((a) => ({
    id: a.id,
    start: a.start,
    end: a.end,
    color: firstThemeColor(a)
  }))
  for (const seg of segmentHighlights(highlights)) {
    const r = range(seg.start, seg.end)
    if (r) segments.push({ ...r, look: segmentLook(seg), ids: seg.ids.join(' ') })
  }
  const gutter = [...byParagraph].map(([paragraph, items]) => ({
    paragraph,
    pos: map.contentStart(paragraph),
    items
  }))
  const result = { index: { statementRanges, annotationRanges }, segments, gutter }
  prepared.set(data, result)
  return result
}

/**
 * The reader's decorations that end in positions (after, upTo] of the whole text: one inline decoration per
 * statement (class + data-statement-id), one per highlight segment (layered colours, data-annotation-ids), one
 * gutter widget per paragraph that has linked statements or noted highlights, and a speaker's name where shown.
 * Themes are drawn by the coding stripes, not here. The reader loads a long text in chunks and asks for each
 * chunk's decorations as it arrives; what they are made of is worked out once per data.
 */
export function buildReaderDecorations(
  data: ReaderData,
  map: OffsetMap,
  after = -1,
  upTo = Infinity
): { decorations: Decoration[]; index: ReaderIndex } {
  const { index, segments, gutter } = prepare(data, map)
  const within = (to: number) => to > after && to <= upTo
  const decorations: Decoration[] = []
  for (const s of data.statements) {
    const r = index.statementRanges.get(s.id)
    if (!r || !within(r.to)) continue
    const links = data.linkCounts[s.id] ?? 0
    decorations.push(
      Decoration.inline(r.from, r.to, {
        class: s.themeIds.length || links ? 'stmt stmt--marked' : 'stmt',
        'data-statement-id': s.id
      })
    )
  }
  for (const seg of segments) {
    if (!within(seg.to)) continue
    decorations.push(
      Decoration.inline(seg.from, seg.to, {
        class: seg.look.className,
        style: seg.look.style,
        'data-annotation-ids': seg.ids
      })
    )
  }
  for (const { paragraph, pos, items } of gutter) {
    if (!within(pos)) continue
    const key = `g${paragraph}:${items.map(gutterItemKey).join('|')}`
    decorations.push(
      Decoration.widget(pos, () => gutterMarkers(items), { side: -1, key, ignoreSelection: true })
    )
  }
  for (const label of data.speakerLabels ?? []) {
    const pos = map.toPos(label.offset, 'start')
    if (!within(pos)) continue
    decorations.push(
      Decoration.widget(pos, () => speakerLabel(label), {
        side: -1,
        key: `sp${label.statementId}:${label.name}:${label.turn}`,
        ignoreSelection: true
      })
    )
  }
  return { decorations, index }
}

/** A speaker's name before their words; drawn by CSS from data-speaker, so it is never part of the selected text. */
function speakerLabel(label: SpeakerLabel): HTMLElement {
  const el = document.createElement('span')
  el.className = label.turn ? 'speaker-label speaker-label--turn' : 'speaker-label'
  el.contentEditable = 'false'
  el.dataset.speaker = label.name
  el.dataset.speakerOf = label.statementId
  return el
}

function gutterItemKey(item: GutterItem): string {
  if (item.kind === 'note') return `n${item.id}/${item.excerpt}`
  return `${item.id}/${item.links}`
}

/** A short key of what the decorations depend on (not timestamps or note formatting), to skip needless rebuilds. */
export function readerDataSignature(data: ReaderData): string {
  const parts: string[] = []
  for (const s of data.statements) if (s.themeIds.length) parts.push(`${s.id}:${s.themeIds.join(',')}`)
  for (const a of data.annotations)
    parts.push(`${a.id}@${a.start}-${a.end}:${a.themeIds.join(',')}:${a.notePlain.slice(0, 200)}`)
  for (const [id, n] of Object.entries(data.linkCounts)) parts.push(`${id}#${n}`)
  for (const [id, t] of data.themes) parts.push(`${id}=${t.color}${t.name}`)
  for (const l of data.speakerLabels ?? []) parts.push(`@${l.statementId}=${l.name}`)
  return `${data.statements.length};${parts.join(';')}`
}
