import { Decoration } from '@tiptap/pm/view'
import type { Annotation, Statement } from '../../../../shared/domain'
import { highlightSegmenter, segmentLook } from './highlight-layers'
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

/** A highlight segment in positions, with how it is drawn. */
interface Segment {
  from: number
  to: number
  look: ReturnType<typeof segmentLook>
  ids: string
}

/**
 * What the decorations are made of, in positions of the whole text, worked out a stretch at a time as the text
 * loads: `advance(limit)` prepares everything that starts at or before text offset `limit`.
 */
interface Prepared {
  index: ReaderIndex
  /** In text order; each ends where or before the next begins. */
  segments: Segment[]
  /** Paragraph → its gutter items: linked statements first, then noted highlights. */
  gutter: Map<number, { statements: GutterItem[]; notes: GutterItem[] }>
  advance(limit: number): void
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
  const gutter: Prepared['gutter'] = new Map()
  const gutterOf = (paragraph: number) => {
    let entry = gutter.get(paragraph)
    if (!entry) gutter.set(paragraph, (entry = { statements: [], notes: [] }))
    return entry
  }
  const firstThemeColor = (a: Annotation) => {
    for (const id of a.themeIds) {
      const t = data.themes.get(id)
      if (t) return t.color
    }
    return null
  }
  const annotations = [...data.annotations].sort((a, b) => a.start - b.start)
  const nextSegments = highlightSegmenter(
    annotations.map((a) => ({ id: a.id, start: a.start, end: a.end, color: firstThemeColor(a) }))
  )
  const segments: Segment[] = []
  let s = 0
  let a = 0
  const advance = (limit: number): void => {
    for (; s < data.statements.length && data.statements[s]!.start <= limit; s++) {
      const st = data.statements[s]!
      const r = range(st.start, st.end)
      if (!r) continue
      statementRanges.set(st.id, r)
      const links = data.linkCounts[st.id] ?? 0
      const paragraph = map.paragraphAt(st.start)
      if (links && paragraph >= 0)
        gutterOf(paragraph).statements.push({ kind: 'statement', id: st.id, links })
    }
    for (; a < annotations.length && annotations[a]!.start <= limit; a++) {
      const an = annotations[a]!
      const r = range(an.start, an.end)
      if (r) annotationRanges.set(an.id, r)
      const excerpt = an.notePlain.trim()
      const paragraph = map.paragraphAt(an.start)
      if (excerpt && paragraph >= 0)
        gutterOf(paragraph).notes.push({ kind: 'note', id: an.id, excerpt: excerpt.slice(0, 200) })
    }
    for (const seg of nextSegments(limit)) {
      const r = range(seg.start, seg.end)
      if (r) segments.push({ ...r, look: segmentLook(seg), ids: seg.ids.join(' ') })
    }
  }
  const result = { index: { statementRanges, annotationRanges }, segments, gutter, advance }
  prepared.set(data, result)
  return result
}

/** Index of the first segment that ends after `pos`. */
function firstEndingAfter(segments: readonly Segment[], pos: number): number {
  let lo = 0
  let hi = segments.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (segments[mid]!.to <= pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The reader's decorations that end in positions (after, upTo] of the whole text: one inline decoration per
 * statement (class + data-statement-id), one per highlight segment (layered colours, data-annotation-ids), one
 * gutter widget per paragraph that has linked statements or noted highlights, and a speaker's name where shown.
 * Themes are drawn by the coding stripes, not here. The reader loads a long text in chunks and asks for each
 * chunk's decorations as it arrives; what they are made of is worked out as far as the text is loaded.
 */
export function buildReaderDecorations(
  data: ReaderData,
  map: OffsetMap,
  after = -1,
  upTo = Infinity
): { decorations: Decoration[]; index: ReaderIndex } {
  const { index, segments, gutter, advance } = prepare(data, map)
  advance(upTo === Infinity ? Infinity : map.toOffset(upTo))
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
  for (let i = firstEndingAfter(segments, after); i < segments.length && segments[i]!.to <= upTo; i++) {
    const seg = segments[i]!
    decorations.push(
      Decoration.inline(seg.from, seg.to, {
        class: seg.look.className,
        style: seg.look.style,
        'data-annotation-ids': seg.ids
      })
    )
  }
  for (const [paragraph, { statements, notes }] of gutter) {
    const pos = map.contentStart(paragraph)
    if (!within(pos)) continue
    const items = notes.length ? [...statements, ...notes] : statements
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
