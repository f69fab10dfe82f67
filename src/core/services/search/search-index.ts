import MiniSearch, { type SearchResult } from 'minisearch'
import type { Annotation, Note, Statement } from '../../../shared/domain'
import type { SearchHit, SearchKind } from '../../../shared/api'

interface Entry {
  id: string
  kind: SearchKind
  refId: string
  documentId: string | null
  statementId: string | null
  title: string
  /** Shown, not indexed. */
  label: string
  text: string
}

const SNIPPET = 180

/**
 * Full-text search over statements, annotation notes and notes (MiniSearch: ranking, prefix and fuzzy matching),
 * kept up to date entity by entity, never rebuilt on a change.
 */
export class SearchIndex {
  private readonly mini = new MiniSearch<Entry>({
    fields: ['title', 'text'],
    storeFields: ['kind', 'refId', 'documentId', 'statementId', 'label', 'text'],
    searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' }
  })

  get size(): number {
    return this.mini.documentCount
  }

  addAllStatements(statements: Iterable<Statement>, titleOf: (documentId: string) => string): void {
    const batch: Entry[] = []
    for (const s of statements) batch.push(statementEntry(s, titleOf(s.documentId)))
    this.mini.addAll(batch)
  }

  putStatement(s: Statement, documentTitle: string): void {
    this.put(statementEntry(s, documentTitle))
  }

  putAnnotation(a: Annotation, statementId: string | null, documentTitle: string): void {
    if (!a.notePlain.trim()) return this.remove(`a:${a.id}`)
    this.put({
      id: `a:${a.id}`,
      kind: 'annotation',
      refId: a.id,
      documentId: a.documentId,
      statementId,
      title: '',
      label: documentTitle,
      text: `${a.notePlain}\n(on “${a.quote.exact}”)`
    })
  }

  putNote(n: Note): void {
    this.put({
      id: `n:${n.id}`,
      kind: 'note',
      refId: n.id,
      documentId: null,
      statementId: null,
      title: n.title,
      label: n.title,
      text: n.plain
    })
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id)
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
    if (this.mini.has(entry.id)) this.mini.replace(entry)
    else this.mini.add(entry)
  }

  search(q: string, opts: { limit?: number; kinds?: SearchKind[] } = {}): SearchHit[] {
    const query = q.trim()
    if (!query) return []
    const kinds = opts.kinds && opts.kinds.length ? new Set(opts.kinds) : null
    const filter = kinds ? (r: SearchResult) => kinds.has(r.kind as SearchKind) : undefined
    let results = this.mini.search(query, { filter })
    if (results.length === 0) results = this.mini.search(query, { filter, combineWith: 'OR' })
    return results.slice(0, opts.limit ?? 50).map((r) => toHit(r))
  }
}

function statementEntry(s: Statement, documentTitle: string): Entry {
  return {
    id: `s:${s.id}`,
    kind: 'statement',
    refId: s.id,
    documentId: s.documentId,
    statementId: s.id,
    title: '',
    label: documentTitle,
    text: s.text
  }
}

function toHit(r: SearchResult): SearchHit {
  const text = String(r.text ?? '')
  const terms = matchedWords(text, r.terms)
  return {
    kind: r.kind as SearchKind,
    id: String(r.refId),
    documentId: (r.documentId as string | null) ?? null,
    statementId: (r.statementId as string | null) ?? null,
    title: String(r.label ?? ''),
    snippet: snippetAround(text, terms),
    terms,
    score: r.score
  }
}

/** The words of `text` that matched, as they are spelled there (MiniSearch reports normalised index terms). */
function matchedWords(text: string, indexTerms: string[]): string[] {
  const wanted = new Set(indexTerms.map((t) => t.toLowerCase()))
  const found = new Set<string>()
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const w = m[0]
    if (wanted.has(w.toLowerCase())) found.add(w)
  }
  return found.size ? [...found] : indexTerms
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
