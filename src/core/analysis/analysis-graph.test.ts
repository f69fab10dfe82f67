import { describe, expect, it } from 'vitest'
import type { Annotation, Link, Relation, Statement, Theme } from '../../shared/domain'
import { ApiError } from '../../shared/api'
import type { DocumentBundle } from '../model/change'
import { WorkspaceState } from '../model/workspace-state'
import { AnalysisGraphCache } from './analysis-graph-cache'
import { graphOf } from './graph-of'
import { speakerProfiles } from './speaker-profiles'
import { timelineOf } from './timeline-of'

const NOW = '2024-05-30T00:00:00.000Z'
type Spec = [speakerId: string | null, themeIds: string[], startMs?: number]

function doc(
  id: string,
  title: string,
  publishedAt: string | null,
  specs: Spec[],
  annotations: Annotation[] = []
) {
  let text = ''
  const statements: Statement[] = specs.map(([speakerId, themeIds, startMs], i) => {
    const sentence = `Statement ${id}.${i + 1} says something.`
    const start = text.length
    text += sentence + ' '
    return {
      id: `${id}.${i + 1}`,
      documentId: id,
      start,
      end: start + sentence.length,
      text: sentence,
      paragraphIndex: 0,
      speakerId,
      attribution: { method: 'none' },
      themeIds,
      ...(startMs === undefined ? {} : { time: { startMs, endMs: startMs + 1000 } })
    }
  })
  const bundle: DocumentBundle = {
    document: {
      id,
      title,
      source: {},
      publishedAt,
      authors: [],
      importedAt: NOW,
      contentHash: '0'.repeat(64),
      text,
      paragraphs: [{ start: 0, end: text.length }]
    },
    statements,
    annotations
  }
  return bundle
}
const theme = (id: string, name: string, parentId: string | null = null): Theme => ({
  id,
  name,
  parentId,
  color: parentId ? '#335577' : '#aa3311',
  description: '',
  order: 0
})
const link = (id: string, fromId: string, toId: string, relation: Relation): Link => ({
  id,
  fromId,
  toId,
  relation,
  note: '',
  createdAt: NOW
})

/**
 * Three speakers, an economy theme (with tax under it) and a war theme, two dated documents and an undated one.
 * d1.3 is coded "war" only through a highlight. Links: d1.1 → d1.2 → d2.1 → d2.2 → d3.1, d1.4 → d1.1, d2.3 → d2.1.
 */
function fixture(): WorkspaceState {
  const d1 = doc('d1', 'Morning paper', '2024-01-10', [
    ['sp-a', ['t-econ']],
    ['sp-b', ['t-tax']],
    [null, []],
    ['sp-a', ['t-war']]
  ])
  const s3 = d1.statements[2]!
  d1.annotations.push({
    id: 'an-1',
    documentId: 'd1',
    start: s3.start,
    end: s3.end,
    quote: { exact: s3.text, prefix: '', suffix: '' },
    themeIds: ['t-war'],
    note: null,
    notePlain: '',
    createdAt: NOW,
    updatedAt: NOW
  })
  return new WorkspaceState({
    meta: null,
    themes: [theme('t-econ', 'Economy'), theme('t-tax', 'Tax', 't-econ'), theme('t-war', 'War')],
    speakers: [
      { id: 'sp-a', name: 'Alice', aliases: [], role: null },
      { id: 'sp-b', name: 'Bob', aliases: [], role: null },
      { id: 'sp-c', name: 'Carol', aliases: [], role: null }
    ],
    documents: [
      d1,
      doc('d2', 'Evening broadcast', '2024-01-12', [
        ['sp-b', ['t-war'], 60_000],
        ['sp-c', [], 120_000],
        ['sp-a', ['t-econ', 't-war'], 180_000]
      ]),
      doc('d3', 'Undated memo', null, [
        ['sp-c', ['t-tax']],
        ['sp-b', []]
      ])
    ],
    links: [
      link('l1', 'd1.1', 'd1.2', 'supports'),
      link('l2', 'd1.2', 'd2.1', 'contradicts'),
      link('l3', 'd2.1', 'd2.2', 'elaborates'),
      link('l4', 'd2.2', 'd3.1', 'responds-to'),
      link('l5', 'd1.4', 'd1.1', 'same-claim'),
      link('l6', 'd2.3', 'd2.1', 'contradicts')
    ],
    notes: []
  })
}

const ids = (xs: { id: string }[]) => xs.map((x) => x.id)
const apiError = (fn: () => unknown): ApiError => {
  try {
    fn()
  } catch (e) {
    if (e instanceof ApiError) return e
    throw e
  }
  throw new Error('did not throw')
}

describe('analysis.graph', () => {
  it('without a focus: every linked statement, best linked first, each link once', () => {
    const g = graphOf(fixture(), {})
    expect(ids(g.nodes)).toEqual(['d2.1', 'd1.1', 'd1.2', 'd2.2', 'd3.1', 'd1.4', 'd2.3'])
    expect(g.nodes.map((n) => n.degree)).toEqual([3, 2, 2, 2, 1, 1, 1])
    expect(ids(g.edges).sort()).toEqual(['l1', 'l2', 'l3', 'l4', 'l5', 'l6'])
    expect(g.edges.find((e) => e.id === 'l2')).toEqual({
      id: 'l2',
      source: 'd1.2',
      target: 'd2.1',
      relation: 'contradicts'
    })
    expect(g).toMatchObject({ total: 7, truncated: false })
  })

  it('groups by speaker (with a group for no speaker), by document, or not at all', () => {
    const s = fixture()
    const bySpeaker = graphOf(s, { groupBy: 'speaker' })
    expect(bySpeaker.groups.map((x) => [x.id, x.label]).sort()).toEqual([
      ['speaker:sp-a', 'Alice'],
      ['speaker:sp-b', 'Bob'],
      ['speaker:sp-c', 'Carol']
    ])
    expect(bySpeaker.nodes.find((n) => n.id === 'd2.2')!.group).toBe('speaker:sp-c')
    const byDoc = graphOf(s, { groupBy: 'document' })
    expect(byDoc.groups.map((x) => x.label).sort()).toEqual([
      'Evening broadcast',
      'Morning paper',
      'Undated memo'
    ])
    expect(byDoc.nodes.find((n) => n.id === 'd3.1')!.group).toBe('document:d3')
    const none = graphOf(s, { groupBy: 'none' })
    expect(none.groups).toEqual([])
    expect(none.nodes.every((n) => n.group === null)).toBe(true)
    const withNobody = graphOf(s, { focus: { statementId: 'd1.3', hops: 1 } })
    expect(withNobody.groups).toEqual([
      { id: 'speaker:none', kind: 'speaker', refId: null, label: 'No speaker' }
    ])
  })

  it('truncates past the limit, keeping only the edges between kept nodes', () => {
    const g = graphOf(fixture(), { limit: 3 })
    expect(ids(g.nodes)).toEqual(['d2.1', 'd1.1', 'd1.2'])
    expect(ids(g.edges).sort()).toEqual(['l1', 'l2'])
    expect(g).toMatchObject({ total: 7, truncated: true })
  })

  it('walks out from a focused statement one hop at a time', () => {
    const s = fixture()
    const at = (hops: number) => ids(graphOf(s, { focus: { statementId: 'd1.1', hops } }).nodes)
    expect(at(1)).toEqual(['d1.1', 'd1.2', 'd1.4'])
    expect(at(2)).toEqual(['d1.1', 'd1.2', 'd1.4', 'd2.1'])
    expect(at(3)).toEqual(['d1.1', 'd1.2', 'd1.4', 'd2.1', 'd2.2', 'd2.3'])
    expect(at(5)).toHaveLength(7)
    expect(ids(graphOf(s, { focus: { statementId: 'd1.1', hops: 2 } }).edges).sort()).toEqual([
      'l1',
      'l2',
      'l5'
    ])
  })

  it('walks only through statements the filter keeps', () => {
    const g = graphOf(fixture(), {
      focus: { statementId: 'd1.1', hops: 5 },
      filter: { speakerIds: ['sp-a', 'sp-b'] }
    })
    expect(ids(g.nodes)).toEqual(['d1.1', 'd1.2', 'd1.4', 'd2.1', 'd2.3'])
    const dated = graphOf(fixture(), { filter: { from: '2024-01-12' } })
    expect(ids(dated.nodes).sort()).toEqual(['d2.1', 'd2.2', 'd2.3'])
    expect(ids(dated.edges).sort()).toEqual(['l3', 'l6'])
  })

  it('focuses on a speaker: all their linked statements, then their neighbours', () => {
    const g = graphOf(fixture(), { focus: { speakerId: 'sp-c', hops: 1 } })
    expect(ids(g.nodes)).toEqual(['d3.1', 'd2.2', 'd2.1'])
  })

  it('says which focus does not exist', () => {
    const s = fixture()
    expect(apiError(() => graphOf(s, { focus: { statementId: 'zz', hops: 1 } })).code).toBe('NOT_FOUND')
    expect(apiError(() => graphOf(s, { focus: { speakerId: 'zz', hops: 1 } })).message).toMatch(/no speaker/)
  })
})

describe('analysis.timeline', () => {
  const day = (d: number) => Date.UTC(2024, 0, d)

  it('places dated statements by speaker, with their time cue, and counts the undated', () => {
    const t = timelineOf(fixture(), {})
    expect(t.lanes.map((l) => [l.key, l.label, l.count])).toEqual([
      ['sp-a', 'Alice', 3],
      ['sp-b', 'Bob', 2],
      ['sp-c', 'Carol', 1],
      ['none', 'No speaker', 1]
    ])
    expect(t).toMatchObject({ undated: 2, total: 9 })
    const at = (id: string) => t.points.statementIds!.indexOf(id)
    expect(t.points.times[at('d1.2')]).toBe(day(10))
    expect(t.points.times[at('d2.1')]).toBe(day(12) + 60_000)
    expect(t.points.lanes[at('d2.1')]).toBe(1)
    expect(t.documents[t.points.documents[at('d2.1')]!]).toEqual({ id: 'd2', title: 'Evening broadcast' })
    expect(t.points.statementIds!).toHaveLength(7)
  })

  it('in theme lanes: each top-level theme a statement is coded under, highlights too', () => {
    const t = timelineOf(fixture(), { lanes: 'theme' })
    expect(t.lanes.map((l) => [l.key, l.count, l.color])).toEqual([
      ['t-war', 4, '#aa3311'],
      ['t-econ', 3, '#aa3311'],
      ['none', 1, null]
    ])
    const lanesOf = (id: string) =>
      t.points.statementIds!.flatMap((x, i) => (x === id ? [t.lanes[t.points.lanes[i]!]!.key] : [])).sort()
    expect(lanesOf('d2.3')).toEqual(['t-econ', 't-war'])
    expect(lanesOf('d1.2')).toEqual(['t-econ'])
    expect(lanesOf('d1.3')).toEqual(['t-war'])
    expect(t.points.statementIds!).toHaveLength(8)
  })

  it('folds the least used lanes into "Others"', () => {
    const t = timelineOf(fixture(), { maxLanes: 2 })
    expect(t.lanes.map((l) => [l.key, l.label, l.count])).toEqual([
      ['sp-a', 'Alice', 3],
      ['other', 'Others (3)', 4]
    ])
    expect(t.points.lanes.filter((l) => l === 1)).toHaveLength(4)
  })

  it('follows the filter (a date range leaves undated documents out)', () => {
    const t = timelineOf(fixture(), { filter: { from: '2024-01-11' } })
    expect(t).toMatchObject({ total: 3, undated: 0 })
    expect(t.points.statementIds!.sort()).toEqual(['d2.1', 'd2.2', 'd2.3'])
    const bare = timelineOf(fixture(), { filter: { from: '2024-01-11' }, ids: false })
    expect(bare.points.statementIds).toBeUndefined()
    expect(bare.points.times).toHaveLength(3)
  })
})

describe('analysis.speakers', () => {
  it('profiles each speaker by theme and counts the links between them by relation', () => {
    const v = speakerProfiles(fixture(), { speakerIds: ['sp-a', 'sp-b'] })
    expect(v.speakers).toEqual([
      { id: 'sp-a', name: 'Alice', total: 3, themes: { 't-econ': 2, 't-war': 2 } },
      { id: 'sp-b', name: 'Bob', total: 3, themes: { 't-tax': 1, 't-war': 1 } }
    ])
    expect(ids(v.themes)).toEqual(['t-war', 't-econ', 't-tax'])
    expect(v.links).toEqual([
      { fromId: 'sp-a', toId: 'sp-a', relation: 'same-claim', count: 1 },
      { fromId: 'sp-a', toId: 'sp-b', relation: 'contradicts', count: 1 },
      { fromId: 'sp-a', toId: 'sp-b', relation: 'supports', count: 1 },
      { fromId: 'sp-b', toId: 'sp-b', relation: 'contradicts', count: 1 }
    ])
  })

  it('follows the filter, and takes statements without a speaker as "none"', () => {
    const s = fixture()
    const v = speakerProfiles(s, {
      speakerIds: ['sp-a', 'sp-b'],
      filter: { from: '2024-01-10', to: '2024-01-10' }
    })
    expect(v.speakers.map((p) => p.total)).toEqual([2, 1])
    expect(v.links.map((l) => `${l.fromId}>${l.toId} ${l.relation}`)).toEqual([
      'sp-a>sp-a same-claim',
      'sp-a>sp-b supports'
    ])
    const none = speakerProfiles(s, { speakerIds: ['none', 'sp-c'] })
    expect(none.speakers[0]).toEqual({ id: 'none', name: 'No speaker', total: 1, themes: { 't-war': 1 } })
    expect(none.speakers[1]).toMatchObject({ total: 2, themes: { 't-tax': 1 } })
  })

  it('refuses one speaker twice and a missing speaker', () => {
    const s = fixture()
    expect(apiError(() => speakerProfiles(s, { speakerIds: ['sp-a', 'sp-a'] })).code).toBe('INVALID_INPUT')
    expect(apiError(() => speakerProfiles(s, { speakerIds: ['sp-a', 'zz'] })).code).toBe('NOT_FOUND')
  })
})

describe('analysis results are cached per state revision', () => {
  it('serves the kept result until something it reads changes', () => {
    const s = fixture()
    const cache = new AnalysisGraphCache(s)
    let runs = 0
    const graph = () => cache.get('graph', {}, () => (runs++, graphOf(s, {})))
    const first = graph()
    expect(graph()).toBe(first)
    expect(runs).toBe(1)
    s.apply([{ kind: 'link', before: null, after: link('l7', 'd1.3', 'd3.2', 'supports') }])
    expect(graph().nodes).toHaveLength(9)
    expect(runs).toBe(2)
    s.apply([
      {
        kind: 'note',
        before: null,
        after: {
          id: 'n',
          title: 'N',
          content: { type: 'doc' },
          plain: '',
          statementIds: [],
          themeIds: [],
          createdAt: NOW,
          updatedAt: NOW
        }
      }
    ])
    graph()
    expect(runs).toBe(2)
  })
})
