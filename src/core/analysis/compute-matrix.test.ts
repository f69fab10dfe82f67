import { describe, expect, it } from 'vitest'
import type { Annotation, Link, Statement, Theme } from '../../shared/domain'
import { matrixCellFilter, type MatrixAxis, type MatrixInput, type MatrixResult } from '../../shared/api'
import { invertChanges, type Change } from '../model/change'
import { WorkspaceState } from '../model/workspace-state'
import { queryStatements } from '../handlers/statement-query'
import { AnalysisCache } from './analysis-cache'
import { computeMatrix } from './compute-matrix'
import { computeRelations } from './compute-relations'

const NOW = '2024-05-30T00:00:00.000Z'
const T1 = 'Tax first. Tax and jobs. Health here. Econ and health.'
const T2 = 'Health again. Nobody said this.'
const sentences = (text: string) => {
  const out: [number, number][] = []
  for (const m of text.matchAll(/[^.]+\./g))
    out.push([m.index + (m[0].length - m[0].trimStart().length), m.index + m[0].length])
  return out
}
const stmts = (doc: string, text: string, spec: [string | null, string[]][]): Statement[] =>
  sentences(text).map(([start, end], i) => ({
    id: `${doc}.${i + 1}`,
    documentId: doc,
    start,
    end,
    text: text.slice(start, end),
    paragraphIndex: 0,
    speakerId: spec[i]![0],
    attribution: { method: 'none' },
    themeIds: spec[i]![1]
  }))
const theme = (id: string, parentId: string | null = null, order = 0): Theme => ({
  id,
  name: id,
  parentId,
  color: '#336699',
  description: '',
  order
})
const link = (id: string, fromId: string, toId: string, relation: Link['relation']): Link => ({
  id,
  fromId,
  toId,
  relation,
  note: '',
  createdAt: NOW
})
const doc = (id: string, title: string, text: string, publishedAt: string) => ({
  id,
  title,
  source: {},
  publishedAt,
  authors: [],
  importedAt: NOW,
  contentHash: '0'.repeat(64),
  text,
  paragraphs: [{ start: 0, end: text.length }]
})

/**
 * d1: 1 alice [tax] · 2 alice [tax, jobs] · 3 bob (span health) · 4 bob [econ] (span health)
 * d2: 1 bob [health] · 2 nobody
 * econ ⊃ tax, jobs. Links: d1.1 contradicts d2.1; d1.2 same-claim d2.1; d2.1 same-claim d1.4; d1.3 supports d2.2.
 */
function fixture(): WorkspaceState {
  const d1 = stmts('d1', T1, [
    ['alice', ['tax']],
    ['alice', ['tax', 'jobs']],
    ['bob', []],
    ['bob', ['econ']]
  ])
  const d2 = stmts('d2', T2, [
    ['bob', ['health']],
    [null, []]
  ])
  const span: Annotation = {
    id: 'a1',
    documentId: 'd1',
    start: d1[2]!.start + 2,
    end: d1[3]!.start + 3,
    quote: { exact: '', prefix: '', suffix: '' },
    themeIds: ['health'],
    note: null,
    notePlain: '',
    createdAt: NOW,
    updatedAt: NOW
  }
  return new WorkspaceState({
    meta: null,
    themes: [theme('econ'), theme('tax', 'econ', 0), theme('jobs', 'econ', 1), theme('health', null, 1)],
    speakers: [
      { id: 'bob', name: 'Bob', aliases: [], role: null },
      { id: 'alice', name: 'Alice', aliases: [], role: null }
    ],
    documents: [
      { document: doc('d1', 'First', T1, '2024-01-01'), statements: d1, annotations: [span] },
      { document: doc('d2', 'Second', T2, '2024-02-01'), statements: d2, annotations: [] }
    ],
    links: [
      link('l1', 'd1.1', 'd2.1', 'contradicts'),
      link('l2', 'd1.2', 'd2.1', 'same-claim'),
      link('l3', 'd2.1', 'd1.4', 'same-claim'),
      link('l4', 'd1.3', 'd2.2', 'supports')
    ],
    notes: []
  })
}

const table = (m: MatrixResult) =>
  Object.fromEntries(
    m.rows.map((r, i) => [r.id, Object.fromEntries(m.cols.map((c, j) => [c.id, m.cells[i]![j]]))])
  )

describe('the matrix', () => {
  it('counts themes by document, a parent with its sub-themes once, a span in every statement it crosses', () => {
    const m = computeMatrix(fixture(), { rows: 'themes', cols: 'documents' })
    expect(m.rows.map((r) => [r.id, r.depth, r.parentId, r.hasChildren])).toEqual([
      ['econ', 0, null, true],
      ['tax', 1, 'econ', false],
      ['jobs', 1, 'econ', false],
      ['health', 0, null, false]
    ])
    expect(m.cols.map((c) => [c.id, c.label])).toEqual([
      ['d1', 'First'],
      ['d2', 'Second']
    ])
    expect(table(m)).toEqual({
      econ: { d1: 3, d2: 0 },
      tax: { d1: 2, d2: 0 },
      jobs: { d1: 1, d2: 0 },
      health: { d1: 2, d2: 1 }
    })
    expect(m.rowTotals).toEqual([3, 2, 1, 3])
    expect(m.colTotals).toEqual([4, 1])
    expect(m.total).toBe(5)
  })

  it('counts codings: each tag and each highlight', () => {
    const m = computeMatrix(fixture(), { rows: 'themes', cols: 'documents', count: 'codings' })
    expect(table(m)).toEqual({
      econ: { d1: 4, d2: 0 },
      tax: { d1: 2, d2: 0 },
      jobs: { d1: 1, d2: 0 },
      health: { d1: 2, d2: 1 }
    })
    expect(m.rowTotals).toEqual([4, 2, 1, 3])
    expect(m.colTotals).toEqual([6, 1])
    expect(m.total).toBe(7)
  })

  it('counts codings the same way round with themes as columns, and every coding without a theme axis', () => {
    const s = fixture()
    const rows = computeMatrix(s, { rows: 'themes', cols: 'documents', count: 'codings' })
    const cols = computeMatrix(s, { rows: 'documents', cols: 'themes', count: 'codings' })
    expect(cols.cells).toEqual(rows.cols.map((_, j) => rows.cells.map((r) => r[j])))
    expect([cols.rowTotals, cols.colTotals, cols.total]).toEqual([rows.colTotals, rows.rowTotals, rows.total])
    const none = computeMatrix(s, { rows: 'speakers', cols: 'documents', count: 'codings' })
    expect(table(none)).toEqual({ alice: { d1: 3, d2: 0 }, bob: { d1: 3, d2: 1 } }) // no coding of nobody's
    expect(none.total).toBe(7)
  })

  it('counts co-occurrence of themes within a statement', () => {
    const m = computeMatrix(fixture(), { rows: 'themes', cols: 'themes' })
    const t = table(m)
    expect(t.econ).toEqual({ econ: 3, tax: 2, jobs: 1, health: 1 })
    expect(t.tax!.jobs).toBe(1)
    expect(t.health).toEqual({ econ: 1, tax: 0, jobs: 0, health: 3 })
  })

  it('shows who is at either end of each relation', () => {
    const m = computeMatrix(fixture(), { rows: 'speakers', cols: 'relation' })
    expect(m.rows.map((r) => r.label)).toEqual(['Alice', 'Bob', '(no speaker)'])
    expect(table(m)).toEqual({
      alice: { supports: 0, contradicts: 1, elaborates: 0, 'responds-to': 0, 'same-claim': 1 },
      bob: { supports: 1, contradicts: 1, elaborates: 0, 'responds-to': 0, 'same-claim': 2 },
      none: { supports: 1, contradicts: 0, elaborates: 0, 'responds-to': 0, 'same-claim': 0 }
    })
    expect(m.total).toBe(6)
  })

  it('folds sub-themes away unless expanded, narrows by the filter, leaves out empty speakers and documents', () => {
    const s = fixture()
    const folded = computeMatrix(s, { rows: 'themes', cols: 'speakers', expand: [] })
    expect(folded.rows.map((r) => r.id)).toEqual(['econ', 'health'])
    expect(table(folded)).toEqual({ econ: { alice: 2, bob: 1 }, health: { alice: 0, bob: 3 } })
    const narrowed = computeMatrix(s, {
      rows: 'themes',
      cols: 'documents',
      filter: { speakerIds: ['alice'] }
    })
    expect(narrowed.cols.map((c) => c.id)).toEqual(['d1'])
    expect(narrowed.rowTotals).toEqual([2, 2, 1, 0])
    const spans = computeMatrix(s, { rows: 'themes', cols: 'documents', filter: { coding: 'span' } })
    expect(table(spans).health).toEqual({ d1: 2 })
    expect(spans.total).toBe(2)
  })

  it('refuses the same axis twice, but for themes', () => {
    expect(() => computeMatrix(fixture(), { rows: 'speakers', cols: 'speakers' })).toThrow(/both axes/)
  })

  it('drills down from every cell to exactly its statements', () => {
    const s = fixture()
    const axes: MatrixAxis[] = ['themes', 'speakers', 'documents', 'relation']
    const filters = [{}, { themeIds: ['econ'] }, { from: '2024-01-15' }, { relation: 'same-claim' as const }]
    for (const rows of axes)
      for (const cols of axes)
        for (const filter of filters) {
          if (rows === cols && rows !== 'themes') continue
          const input: MatrixInput = { rows, cols, filter }
          const m = computeMatrix(s, input)
          m.rows.forEach((r, i) =>
            m.cols.forEach((c, j) => {
              const f = matrixCellFilter(filter, { axis: rows, id: r.id }, { axis: cols, id: c.id })
              expect([rows, cols, r.id, c.id, queryStatements(s, f).total]).toEqual([
                rows,
                cols,
                r.id,
                c.id,
                m.cells[i]![j]
              ])
            })
          )
        }
  })

  it('follows a new tag and its undo (through the cache)', () => {
    const s = fixture()
    const cache = new AnalysisCache(s)
    const input: MatrixInput = { rows: 'themes', cols: 'documents' }
    const econD2 = () => table(cache.get('matrix', input, () => computeMatrix(s, input))).econ!.d2
    expect(econD2()).toBe(0)
    const before = s.statements.get('d2.2')!
    const tag: Change[] = [{ kind: 'statement', before, after: { ...before, themeIds: ['jobs'] } }]
    s.apply(tag)
    expect(econD2()).toBe(1)
    s.apply(invertChanges(tag))
    expect(econD2()).toBe(0)
  })
})

describe('the relations list', () => {
  it('lists every link, same-claim ones clustered, in reading order', () => {
    const r = computeRelations(fixture(), {})
    expect(r.rows.map((x) => [x.id, x.relation, x.from.id, x.to.id, x.cluster])).toEqual([
      ['l1', 'contradicts', 'd1.1', 'd2.1', null],
      ['l2', 'same-claim', 'd1.2', 'd2.1', 1],
      ['l3', 'same-claim', 'd2.1', 'd1.4', 1],
      ['l4', 'supports', 'd1.3', 'd2.2', null]
    ])
    expect(r.clusters).toBe(1)
    expect(r.rows[0]!.from).toMatchObject({
      speakerName: 'Alice',
      documentTitle: 'First',
      text: 'Tax first.'
    })
    expect(r.byRelation).toEqual({ contradicts: 1, 'same-claim': 2, supports: 1 })
  })

  it('narrows by relation, speaker and theme (either end)', () => {
    const s = fixture()
    expect(computeRelations(s, { relation: 'contradicts' }).rows.map((x) => x.id)).toEqual(['l1'])
    expect(computeRelations(s, { filter: { relation: 'supports' } }).rows.map((x) => x.id)).toEqual(['l4'])
    const alice = computeRelations(s, { filter: { speakerIds: ['alice'] } })
    expect(alice.rows.map((x) => x.id)).toEqual(['l1', 'l2'])
    expect(alice.byRelation).toEqual({ contradicts: 1, 'same-claim': 1 })
    expect(computeRelations(s, { filter: { themeIds: ['jobs'] } }).rows.map((x) => x.id)).toEqual(['l2'])
  })
})
