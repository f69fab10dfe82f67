import type { Annotation, Note, Statement } from '../../../shared/domain'
import type { SearchHit, SearchKind } from '../../../shared/api'
import { InvertedIndex } from './inverted-index'
import { wordsMatching } from './tokenize'

export interface Entry {
  id: string
  kind: SearchKind
  refId: string
  documentId: string | null
  statementId: string | null
  /** Indexed, weighted above the text (note titles). */
  title: string
  /** Shown, not indexed. */
  label: string
  text: string
}

/** Entries still to index: ids of one kind, and how to build an entry from the current state (null: gone). */
interface Backlog {
  ids: string[]
  next: number
  resolve: (refId: string) => Entry | null
}

const SNIPPET = 180
const KIND_BIT: Record<SearchKind, number> = { statement: 0, annotation: 1, note: 2 }
const KEY_PREFIX: Record<SearchKind, string> = { statement: 's:', annotation: 'a:', note: 'n:' }
/** Background indexing works in slices of about this many milliseconds, so requests are never held up long. */
const SLICE_MS = 12

/**
 * Full-text search over statements, annotation notes and notes (BM25 ranking, prefix and typo-tolerant
 * matching), kept up to date entity by entity, never rebuilt on a change.
 *
 * Opening a workspace does not wait for the index: `defer` queues what to index, `startBackground` indexes it
 * in short slices, and a search that arrives first finishes the remainder before answering. Explicit puts and
 * removals always win over the queue, which reads the state as it is when it gets to an entry.
 */
export class SearchIndex {
  private readonly index = new InvertedIndex<Entry>()
  private readonly backlog: Backlog[] = []
  private readonly touched = new Set<string>()
  private pending = 0
  private total = 0
  private timer: NodeJS.Immediate | NodeJS.Timeout | null = null
  private progressListener: ((done: number, total: number) => void) | null = null

  get size(): number {
    return this.index.size + this.pending
  }

  /** How much of the queued indexing is done. */
  get progress(): { done: number; total: number } {
    return { done: this.total - this.pending, total: this.total }
  }

  /** Queues entries of one kind to index later; `resolve` builds each from the state when its turn comes. */
  defer(refIds: string[], resolve: (refId: string) => Entry | null): void {
    this.backlog.push({ ids: refIds, next: 0, resolve })
    this.pending += refIds.length
    this.total += refIds.length
  }

  /**
   * Indexes the queue in slices between other work, starting after `delayMs` (so a quick command is done
   * before); `onProgress` hears (done, total) after each slice.
   */
  startBackground(onProgress?: (done: number, total: number) => void, delayMs = 0): void {
    this.progressListener = onProgress ?? null
    const slice = () => {
      this.timer = null
      this.drain(SLICE_MS)
      if (this.pending > 0) this.schedule(slice)
    }
    if (this.pending === 0) return
    if (delayMs > 0) {
      this.timer = setTimeout(slice, delayMs)
      this.timer.unref()
    } else this.schedule(slice)
  }

  stopBackground(): void {
    if (this.timer) clearTimeout(this.timer as NodeJS.Timeout)
    if (this.timer) clearImmediate(this.timer as NodeJS.Immediate)
    this.timer = null
  }

  private schedule(fn: () => void): void {
    this.timer = setImmediate(fn)
    // A one-shot command (the CLI) exits when done; it does not wait for the index.
    this.timer.unref()
  }

  /** Indexes queued entries for up to `ms` milliseconds (all of them when `ms` is Infinity). */
  private drain(ms: number): void {
    const stop = performance.now() + ms
    let n = 0
    while (this.backlog.length > 0) {
      const b = this.backlog[0]!
      while (b.next < b.ids.length) {
        const refId = b.ids[b.next++]!
        this.pending--
        const entry = b.resolve(refId)
        if (entry && !this.touched.has(entry.id)) this.add(entry)
        if (++n % 256 === 0 && performance.now() > stop) {
          this.progressListener?.(this.total - this.pending, this.total)
          return
        }
      }
      this.backlog.shift()
    }
    this.touched.clear()
    this.progressListener?.(this.total, this.total)
  }

  addAllStatements(statements: Iterable<Statement>, titleOf: (documentId: string) => string): void {
    for (const s of statements) this.put(statementEntry(s, titleOf(s.documentId)))
  }

  putStatement(s: Statement, documentTitle: string): void {
    this.put(statementEntry(s, documentTitle))
  }

  putAnnotation(a: Annotation, statementId: string | null, documentTitle: string): void {
    const entry = annotationEntry(a, statementId, documentTitle)
    if (entry) this.put(entry)
    else this.remove(`a:${a.id}`)
  }

  putNote(n: Note): void {
    this.put(noteEntry(n))
  }

  remove(id: string): void {
    if (this.pending > 0) this.touched.add(id)
    this.index.remove(id)
  }

  removeStatement(id: string): void {
    this.remove(`s:${id}`)
  }
  removeAnnotation(id: string): void {
    this.remove(`a:${id}`)
  }
  removeNote(id: string): void {
    this.remove(`n:${id}`)
  }

  private put(entry: Entry): void {
    if (this.pending > 0) this.touched.add(entry.id)
    this.add(entry)
  }

  private add(entry: Entry): void {
    this.index.add(entry.id, KIND_BIT[entry.kind], entry, entry.text, entry.title)
  }

  search(
    q: string,
    opts: { limit?: number; kinds?: SearchKind[]; accept?: (e: Entry) => boolean } = {}
  ): SearchHit[] {
    if (!q.trim()) return []
    if (this.pending > 0) this.drain(Infinity)
    const kinds = opts.kinds && opts.kinds.length ? opts.kinds : (Object.keys(KIND_BIT) as SearchKind[])
    const mask = kinds.reduce((m, k) => m | (1 << KIND_BIT[k]), 0)
    const { hits, terms } = this.index.search(q, opts.limit ?? 50, mask, opts.accept)
    return hits.map(({ payload: e, score }) => {
      const words = wordsMatching(`${e.title}\n${e.text}`, terms)
      return {
        kind: e.kind,
        id: e.refId,
        documentId: e.documentId,
        statementId: e.statementId,
        title: e.label,
        snippet: snippetAround(e.text, words),
        terms: words,
        score
      }
    })
  }
}

export function statementEntry(s: Statement, documentTitle: string): Entry {
  return {
    id: `${KEY_PREFIX.statement}${s.id}`,
    kind: 'statement',
    refId: s.id,
    documentId: s.documentId,
    statementId: s.id,
    title: '',
    label: documentTitle,
    text: s.text
  }
}

/** Null for a highlight without a note: only annotation notes are searched. */
export function annotationEntry(
  a: Annotation,
  statementId: string | null,
  documentTitle: string
): Entry | null {
  if (!a.notePlain.trim()) return null
  return {
    id: `${KEY_PREFIX.annotation}${a.id}`,
    kind: 'annotation',
    refId: a.id,
    documentId: a.documentId,
    statementId,
    title: '',
    label: documentTitle,
    text: `${a.notePlain}\n${a.quote.exact}`
  }
}

export function noteEntry(n: Note): Entry {
  return {
    id: `${KEY_PREFIX.note}${n.id}`,
    kind: 'note',
    refId: n.id,
    documentId: null,
    statementId: null,
    title: n.title,
    label: n.title,
    text: n.plain
  }
}

function snippetAround(text: string, terms: string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= SNIPPET) return flat
  const lower = flat.toLowerCase()
  const found = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0)
  const at = found.length ? Math.min(...found) : 0
  const start = Math.max(0, at - 60)
  return (
    (start > 0 ? '…' : '') +
    flat.slice(start, start + SNIPPET).trim() +
    (start + SNIPPET < flat.length ? '…' : '')
  )
}
