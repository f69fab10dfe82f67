import SearchableMap from 'minisearch/SearchableMap'
import { tokenize } from './tokenize'

/** One term's postings: [slot, term frequency] pairs, packed. */
interface Posting {
  pairs: Int32Array
  n: number
}

interface Expansion {
  term: string
  posting: Posting
  weight: number
}

export interface RankedHit<T> {
  payload: T
  score: number
}

export interface RankedResult<T> {
  hits: RankedHit<T>[]
  /** Index terms the query matched (exact, prefix and typo-tolerant), for highlighting. */
  terms: Set<string>
}

/** BM25 parameters, and how much a prefix or a near miss counts against an exact word. */
const K1 = 1.2
const B = 0.7
const TITLE_WEIGHT = 2
const PREFIX_WEIGHT = 0.5
const FUZZY_WEIGHT = 0.45
const MAX_QUERY_TERMS = 12

/**
 * A full-text index with BM25 ranking, prefix and typo-tolerant matching (edit distance 1, 2 from ten letters, and
 * swapped neighbours),
 * built for a large workspace: postings are packed typed arrays (a few bytes per word occurrence), ranking keeps
 * only the top hits, and documents are added and removed one at a time. The term dictionary is MiniSearch's
 * radix tree, for its prefix and fuzzy lookups.
 *
 * Removal marks a slot dead; postings are swept once a quarter of the slots are dead.
 */
export class InvertedIndex<T> {
  private readonly terms = new Map<string, Posting>()
  private tree = new SearchableMap<Posting>()
  private payloads: (T | undefined)[] = []
  private readonly slotOf = new Map<string, number>()
  private ids: string[] = []
  private kinds = new Uint8Array(1024)
  private lengths = new Float32Array(1024)
  private alive = new Uint8Array(1024)
  private used = 0
  private dead = 0
  private totalLength = 0
  // Per-query scratch, indexed by slot; `seen` tells which entries belong to the current query.
  private score = new Float64Array(1024)
  private count = new Uint8Array(1024)
  private lastTerm = new Int32Array(1024)
  private seen = new Int32Array(1024)
  private query = 0

  get size(): number {
    return this.slotOf.size
  }

  has(id: string): boolean {
    return this.slotOf.has(id)
  }

  /** Adds (or replaces) a document. `kind` is a small number (0–7) that searches can filter on. */
  add(id: string, kind: number, payload: T, text: string, title = ''): void {
    this.remove(id)
    const slot = this.used++
    this.reserve(this.used)
    const tf = new Map<string, number>()
    let length = 0
    for (const t of tokenize(text)) {
      tf.set(t, (tf.get(t) ?? 0) + 1)
      length++
    }
    if (title)
      for (const t of tokenize(title)) {
        tf.set(t, (tf.get(t) ?? 0) + TITLE_WEIGHT)
        length++
      }
    for (const [term, n] of tf) {
      let p = this.terms.get(term)
      if (!p) {
        p = { pairs: new Int32Array(4), n: 0 }
        this.terms.set(term, p)
        this.tree.set(term, p)
      }
      if (2 * p.n + 2 > p.pairs.length) {
        const bigger = new Int32Array(p.pairs.length * 2)
        bigger.set(p.pairs)
        p.pairs = bigger
      }
      p.pairs[2 * p.n] = slot
      p.pairs[2 * p.n + 1] = n
      p.n++
    }
    this.ids[slot] = id
    this.payloads[slot] = payload
    this.kinds[slot] = kind
    this.lengths[slot] = length
    this.alive[slot] = 1
    this.slotOf.set(id, slot)
    this.totalLength += length
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return
    this.slotOf.delete(id)
    this.alive[slot] = 0
    this.payloads[slot] = undefined
    this.totalLength -= this.lengths[slot]!
    this.dead++
    if (this.dead > 1000 && this.dead > this.used / 4) this.sweep()
  }

  /**
   * The best `limit` documents for the query among the kinds in `kindMask` (bit i for kind i): those matching
   * every query word (exactly, as a prefix, or with a typo), or if none does, any of them.
   */
  search(query: string, limit: number, kindMask = 0xff, accept?: (payload: T) => boolean): RankedResult<T> {
    const words = [...new Set(tokenize(query))].slice(0, MAX_QUERY_TERMS)
    const terms = new Set<string>()
    if (words.length === 0 || this.size === 0) return { hits: [], terms }
    const q = ++this.query
    const touched: number[] = []
    const n = this.size
    const avg = this.totalLength / n || 1
    words.forEach((word, w) => {
      for (const { term, posting, weight } of this.expand(word)) {
        terms.add(term)
        const idf = Math.log(1 + (n - posting.n + 0.5) / (posting.n + 0.5))
        const pairs = posting.pairs
        for (let i = 0; i < posting.n; i++) {
          const slot = pairs[2 * i]!
          if (!this.alive[slot] || !((kindMask >> this.kinds[slot]!) & 1)) continue
          if (accept && this.seen[slot] !== q && !accept(this.payloads[slot]!)) continue
          const tf = pairs[2 * i + 1]!
          const s = (weight * idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[slot]!) / avg))
          if (this.seen[slot] !== q) {
            this.seen[slot] = q
            this.score[slot] = 0
            this.count[slot] = 0
            this.lastTerm[slot] = -1
            touched.push(slot)
          }
          this.score[slot]! += s
          if (this.lastTerm[slot] !== w) {
            this.lastTerm[slot] = w
            this.count[slot]!++
          }
        }
      }
    })
    let best = this.top(touched, words.length, limit)
    if (best.length === 0 && words.length > 1) best = this.top(touched, 1, limit)
    return { hits: best.map((slot) => ({ payload: this.payloads[slot]!, score: this.score[slot]! })), terms }
  }

  /** The word itself, the terms it begins, and terms within its edit distance, with their weights. */
  private expand(word: string): Expansion[] {
    const out = new Map<string, Expansion>()
    const exact = this.terms.get(word)
    if (exact) out.set(word, { term: word, posting: exact, weight: 1 })
    this.tree.atPrefix(word).forEach((term, posting) => {
      if (term !== word) out.set(term, { term, posting, weight: (PREFIX_WEIGHT * word.length) / term.length })
    })
    if (word.length >= 4) {
      const distance = Math.min(2, Math.round(word.length * 0.15))
      for (const [term, [posting, d]] of this.tree.fuzzyGet(word, distance))
        if (!out.has(term))
          out.set(term, { term, posting, weight: (FUZZY_WEIGHT * term.length) / (term.length + d) })
      // Swapped neighbours ("decisoin") are two edits apart, but one slip of the fingers.
      for (let i = 0; i + 1 < word.length; i++) {
        const term = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
        const posting = this.terms.get(term)
        if (posting && !out.has(term))
          out.set(term, { term, posting, weight: (FUZZY_WEIGHT * term.length) / (term.length + 1) })
      }
    }
    return [...out.values()]
  }

  /** Slots matched by at least `need` query words, best first (ties: first added first), at most `limit`. */
  private top(touched: readonly number[], need: number, limit: number): number[] {
    const heap: number[] = [] // a min-heap of slots by (score, then later slot is worse)
    const worse = (a: number, b: number) =>
      this.score[a]! < this.score[b]! || (this.score[a] === this.score[b] && a > b)
    for (const slot of touched) {
      if (this.count[slot]! < need) continue
      if (heap.length < limit) {
        heap.push(slot)
        for (let i = heap.length - 1; i > 0;) {
          const parent = (i - 1) >> 1
          if (!worse(heap[i]!, heap[parent]!)) break
          ;[heap[i], heap[parent]] = [heap[parent]!, heap[i]!]
          i = parent
        }
      } else if (worse(heap[0]!, slot)) {
        heap[0] = slot
        for (let i = 0; ;) {
          const l = 2 * i + 1
          const r = l + 1
          let m = i
          if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l
          if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r
          if (m === i) break
          ;[heap[i], heap[m]] = [heap[m]!, heap[i]!]
          i = m
        }
      }
    }
    return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0))
  }

  private reserve(slots: number): void {
    if (slots <= this.alive.length) return
    let size = this.alive.length
    while (size < slots) size *= 2
    const grow = <A extends Uint8Array | Int32Array | Float32Array | Float64Array>(
      a: A,
      make: (n: number) => A
    ): A => {
      const b = make(size)
      b.set(a)
      return b
    }
    this.kinds = grow(this.kinds, (n) => new Uint8Array(n))
    this.lengths = grow(this.lengths, (n) => new Float32Array(n))
    this.alive = grow(this.alive, (n) => new Uint8Array(n))
    this.score = new Float64Array(size)
    this.count = new Uint8Array(size)
    this.lastTerm = new Int32Array(size)
    this.seen = new Int32Array(size)
  }

  /** Drops dead slots: renumbers the live ones and rewrites every posting list without the dead. */
  private sweep(): void {
    const renumber = new Int32Array(this.used).fill(-1)
    let next = 0
    for (let slot = 0; slot < this.used; slot++) {
      if (!this.alive[slot]) continue
      renumber[slot] = next
      this.ids[next] = this.ids[slot]!
      this.payloads[next] = this.payloads[slot]
      this.kinds[next] = this.kinds[slot]!
      this.lengths[next] = this.lengths[slot]!
      this.alive[next] = 1
      this.slotOf.set(this.ids[next]!, next)
      next++
    }
    this.alive.fill(0, next)
    this.ids.length = next
    this.payloads.length = next
    this.used = next
    this.dead = 0
    this.seen.fill(0)
    const tree = new SearchableMap<Posting>()
    for (const [term, p] of this.terms) {
      let k = 0
      for (let i = 0; i < p.n; i++) {
        const slot = renumber[p.pairs[2 * i]!]!
        if (slot < 0) continue
        p.pairs[2 * k] = slot
        p.pairs[2 * k + 1] = p.pairs[2 * i + 1]!
        k++
      }
      p.n = k
      if (k === 0) this.terms.delete(term)
      else tree.set(term, p)
    }
    this.tree = tree
  }
}
