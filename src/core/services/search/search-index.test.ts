import { describe, expect, it } from 'vitest'
import type { Annotation, Note, Statement } from '../../../shared/domain'
import { SearchIndex, statementEntry } from './search-index'

const st = (id: string, text: string, documentId = 'd1'): Statement => ({
  id,
  documentId,
  start: 0,
  end: text.length,
  text,
  paragraphIndex: 0,
  speakerId: null,
  attribution: { method: 'none' },
  themeIds: []
})

const note = (id: string, title: string, plain: string): Note => ({
  id,
  title,
  content: { type: 'doc', content: [] },
  plain,
  statementIds: [],
  themeIds: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
})

const annotation = (id: string, notePlain: string, exact = 'quoted words'): Annotation => ({
  id,
  documentId: 'd1',
  start: 0,
  end: exact.length,
  quote: { exact, prefix: '', suffix: '' },
  themeIds: [],
  note: null,
  notePlain,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
})

function indexOf(statements: Statement[]): SearchIndex {
  const index = new SearchIndex()
  index.addAllStatements(statements, () => 'Doc title')
  return index
}

const ids = (index: SearchIndex, q: string, opts = {}) => index.search(q, opts).map((h) => h.id)

describe('SearchIndex', () => {
  const corpus = [
    st('d1.1', 'Russia warned of nuclear escalation after the strikes.'),
    st('d1.2', 'The allies discussed artillery deliveries and air defence for Kharkiv.'),
    st('d1.3', 'Nuclear signalling is cheap talk, the analyst said, and nuclear threats have been empty.'),
    st('d1.4', 'Zelensky asked for permission to strike targets inside Russia.')
  ]

  it('finds words in any case, ranks by relevance and reports the words as spelled', () => {
    const index = indexOf(corpus)
    const hits = index.search('NUCLEAR')
    expect(hits.map((h) => h.id).sort()).toEqual(['d1.1', 'd1.3'])
    expect(hits[0]!.id).toBe('d1.3') // twice in the statement
    expect(hits[0]!.terms).toEqual(['Nuclear', 'nuclear'])
    expect(hits[0]).toMatchObject({
      kind: 'statement',
      documentId: 'd1',
      statementId: 'd1.3',
      title: 'Doc title'
    })
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score)
  })

  it('matches every word when it can, any word when it cannot', () => {
    const index = indexOf(corpus)
    expect(ids(index, 'nuclear russia')).toEqual(['d1.1'])
    expect(ids(index, 'kharkiv zelensky').sort()).toEqual(['d1.2', 'd1.4'])
    expect(ids(index, 'qwv zzxq')).toEqual([])
    expect(ids(index, '  ?! ')).toEqual([])
  })

  it('matches prefixes, typos and swapped letters', () => {
    const index = indexOf(corpus)
    expect(ids(index, 'artil')).toEqual(['d1.2'])
    expect(ids(index, 'artilery')).toEqual(['d1.2'])
    expect(ids(index, 'zelenksy')).toEqual(['d1.4'])
    expect(ids(index, 'kharkov')).toEqual(['d1.2'])
    // Short words are matched exactly or as prefixes only: "air" is not "are" or "ai".
    expect(ids(index, 'aim')).toEqual([])
  })

  it('folds accents and splits on punctuation', () => {
    const index = indexOf([st('d1.1', 'Zélensky met the U.S. envoy; a nuclear-armed state.')])
    expect(ids(index, 'zelensky')).toEqual(['d1.1'])
    expect(ids(index, 'armed')).toEqual(['d1.1'])
    expect(index.search('zelensky')[0]!.terms).toEqual(['Zélensky'])
  })

  it('searches annotation notes and notes, filters by kind, and weighs note titles', () => {
    const index = indexOf(corpus)
    index.putAnnotation(annotation('an-1', 'Why does he frame it as escalation?'), 'd1.1', 'Doc title')
    index.putAnnotation(annotation('an-2', '   '), 'd1.1', 'Doc title')
    index.putNote(note('n-1', 'Escalation ladder', 'Working theory about the ladder.'))
    index.putNote(note('n-2', 'Other', 'Some escalation mentioned in passing, among many other words here.'))
    expect(ids(index, 'escalation', { kinds: ['note'] })).toEqual(['n-1', 'n-2'])
    expect(ids(index, 'escalation', { kinds: ['annotation'] })).toEqual(['an-1'])
    expect(index.search('escalation', { kinds: ['annotation'] })[0]).toMatchObject({
      kind: 'annotation',
      documentId: 'd1',
      statementId: 'd1.1'
    })
    expect(ids(index, 'escalation').sort()).toEqual(['an-1', 'd1.1', 'n-1', 'n-2'])
    expect(ids(index, 'escalation', { limit: 2 })).toHaveLength(2)
  })

  it('replaces and removes entries one at a time', () => {
    const index = indexOf(corpus)
    index.putNote(note('n-1', 'Draft', 'zebra hypothesis'))
    expect(ids(index, 'zebra')).toEqual(['n-1'])
    index.putNote(note('n-1', 'Draft', 'giraffe hypothesis'))
    expect(ids(index, 'zebra')).toEqual([])
    expect(ids(index, 'giraffe')).toEqual(['n-1'])
    index.removeNote('n-1')
    index.removeStatement('d1.2')
    expect(ids(index, 'giraffe')).toEqual([])
    expect(ids(index, 'artillery')).toEqual([])
    expect(index.size).toBe(3)
  })

  it('stays correct through many edits (dead entries are swept)', () => {
    const index = indexOf(corpus)
    for (let i = 0; i < 5000; i++) index.putNote(note('n-1', 'Draft', `revision ${i} of the quokka memo`))
    expect(ids(index, 'quokka')).toEqual(['n-1'])
    expect(index.search('quokka')[0]!.snippet).toBe('revision 4999 of the quokka memo')
    expect(ids(index, 'nuclear russia')).toEqual(['d1.1'])
    expect(index.size).toBe(5)
  })

  it('cuts a snippet around the first match of a long text', () => {
    const long = `${'filler words here '.repeat(30)}the decisive sentence about sanctions ${'more filler '.repeat(30)}`
    const index = indexOf([st('d1.1', long)])
    const [hit] = index.search('sanctions')
    expect(hit!.snippet.startsWith('…')).toBe(true)
    expect(hit!.snippet).toContain('sanctions')
    expect(hit!.snippet.length).toBeLessThanOrEqual(182)
  })

  describe('deferred indexing', () => {
    it('indexes the queue when a search comes, reading the state as it is then', () => {
      const state = new Map(corpus.map((s) => [s.id, s]))
      const index = new SearchIndex()
      index.defer([...state.keys()], (id) => {
        const s = state.get(id)
        return s ? statementEntry(s, 'Doc title') : null
      })
      expect(index.progress).toEqual({ done: 0, total: 4 })
      state.delete('d1.2')
      state.set('d1.4', { ...state.get('d1.4')!, text: 'A different text about sanctions.' })
      expect(ids(index, 'artillery')).toEqual([])
      expect(ids(index, 'sanctions')).toEqual(['d1.4'])
      expect(index.progress).toEqual({ done: 4, total: 4 })
    })

    it('lets explicit puts and removals made meanwhile win over the queue', () => {
      const index = new SearchIndex()
      index.defer(
        corpus.map((s) => s.id),
        (id) =>
          statementEntry(
            corpus.find((s) => s.id === id)!,
            'Doc title'
          )
      )
      index.removeStatement('d1.1')
      index.putStatement(st('d1.2', 'Replaced text about drones.'), 'Doc title')
      expect(ids(index, 'russia')).toEqual(['d1.4'])
      expect(ids(index, 'drones')).toEqual(['d1.2'])
      expect(ids(index, 'artillery')).toEqual([])
    })

    it('builds in the background, reporting progress', async () => {
      const many = Array.from({ length: 3000 }, (_, i) =>
        st(`d1.${i}`, `statement number ${i} about ceasefire talks`)
      )
      const index = new SearchIndex()
      index.defer(
        many.map((s) => s.id),
        (id) => statementEntry(many[Number(id.slice(3))]!, 'Doc')
      )
      const seen: number[] = []
      await new Promise<void>((resolve) =>
        index.startBackground((done, total) => {
          seen.push(done)
          if (done === total) resolve()
        })
      )
      expect(seen.at(-1)).toBe(3000)
      expect(index.size).toBe(3000)
      expect(index.search('ceasefire', { limit: 500 })).toHaveLength(500)
    })
  })
})
