import { describe, expect, it } from 'vitest'
import type { Annotation, Statement } from '../../../../shared/domain'
import { assignStripeLanes, documentCodings, mergeCodings, stripeLabel, type Coding } from './coding-stripes'

const order = new Map([
  ['a', 0],
  ['b', 1],
  ['c', 2]
])
const item = (themeId: string, start: number, end: number) => ({ themeId, start, end })
const laneOf = (r: ReturnType<typeof assignStripeLanes<ReturnType<typeof item>>>) =>
  r.stripes.map((s) => `${s.item.themeId}${s.item.start}:${s.lane}`).sort()

describe('assignStripeLanes', () => {
  it('puts overlapping stripes in separate lanes and reuses a lane once it is free', () => {
    const r = assignStripeLanes([item('a', 0, 10), item('b', 5, 15), item('c', 12, 20)], order)
    expect(laneOf(r)).toEqual(['a0:0', 'b5:1', 'c12:0'])
    expect(r.lanes).toBe(2)
  })

  it('orders lanes by the codebook, whatever the input order', () => {
    const items = [item('c', 0, 10), item('b', 0, 10), item('a', 0, 10)]
    const r1 = assignStripeLanes(items, order)
    const r2 = assignStripeLanes([...items].reverse(), order)
    expect(laneOf(r1)).toEqual(['a0:0', 'b0:1', 'c0:2'])
    expect(laneOf(r2)).toEqual(laneOf(r1))
  })

  it('keeps stripes apart that only touch within the gap', () => {
    expect(laneOf(assignStripeLanes([item('a', 0, 10), item('b', 11, 20)], order, 2))).toEqual([
      'a0:0',
      'b11:1'
    ])
    expect(laneOf(assignStripeLanes([item('a', 0, 10), item('b', 13, 20)], order, 2))).toEqual([
      'a0:0',
      'b13:0'
    ])
  })

  it('places a theme missing from the codebook after the known ones', () => {
    const r = assignStripeLanes([item('zz', 0, 5), item('a', 0, 5)], order)
    expect(laneOf(r)).toEqual(['a0:0', 'zz0:1'])
  })

  it('lays out 2,000 chained overlaps quickly in few lanes', () => {
    const items = Array.from({ length: 2000 }, (_, i) => item(['a', 'b', 'c'][i % 3]!, i * 10, i * 10 + 25))
    const t = performance.now()
    const r = assignStripeLanes(items, order)
    expect(performance.now() - t).toBeLessThan(200)
    expect(r.lanes).toBeLessThanOrEqual(3)
  })
})

describe('mergeCodings', () => {
  const c = (themeId: string, start: number, end: number, id = `${themeId}${start}`): Coding => ({
    themeId,
    start,
    end,
    kind: 'statement',
    id
  })
  const text = 'One two.  Three four. Five'
  const blank = (from: number, to: number) => /^\s*$/.test(text.slice(from, to))

  it('joins a theme’s codings separated only by whitespace, not those of other themes', () => {
    const runs = mergeCodings([c('a', 0, 8), c('a', 10, 21), c('b', 10, 21)], blank)
    expect(runs.map((r) => `${r.themeId}${r.start}-${r.end}/${r.codings.length}`)).toEqual([
      'a0-21/2',
      'b10-21/1'
    ])
  })

  it('keeps codings apart when words lie between them', () => {
    const runs = mergeCodings([c('a', 0, 3), c('a', 10, 15)], blank)
    expect(runs).toHaveLength(2)
  })
})

describe('documentCodings and stripeLabel', () => {
  it('lists statement tags and highlight themes, leaving out deleted themes', () => {
    const statements = [
      { id: 's1', start: 0, end: 10, themeIds: ['a', 'gone'] },
      { id: 's2', start: 11, end: 20, themeIds: [] }
    ] as unknown as Statement[]
    const annotations = [{ id: 'h1', start: 12, end: 15, themeIds: ['a'] }] as unknown as Annotation[]
    const codings = documentCodings(statements, annotations, (id) => id !== 'gone')
    expect(codings.map((x) => `${x.kind}:${x.id}:${x.themeId}`)).toEqual([
      'statement:s1:a',
      'annotation:h1:a'
    ])
    expect(stripeLabel('Escalation', codings)).toBe('Escalation — 1 statement, 1 highlight')
  })
})
