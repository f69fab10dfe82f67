import { describe, expect, it } from 'vitest'
import { applyAction, diffStates, withInFlight, type TrackedState } from './crash-model'
import { runCrashLoop } from './run-crash-loop'

const empty = (): TrackedState => ({ tags: {}, annotations: {}, links: {}, notes: {}, themes: {} })

describe('crash test (short form of npm run test:crash)', () => {
  it(
    'survives 20 SIGKILLs: no unreadable file, no lost acknowledged write',
    { timeout: 180_000 },
    async () => {
      const seed = Math.floor(Math.random() * 2 ** 31)
      const result = await runCrashLoop({ kills: 20, seed })
      expect(result.problems, `seed ${seed}`).toEqual([])
      expect(result.summary).toBe('crash test: 20 kills, 0 unreadable files, 0 lost acknowledged writes')
      expect(result.acknowledgedWrites, 'the writers got to write').toBeGreaterThan(20)
    }
  )
})

describe('crash model (the referee must be right)', () => {
  it('a missing acknowledged change is reported; an in-flight one may land or not', () => {
    const model = applyAction(empty(), { op: 'theme.create', id: 't1', name: 'A' })
    const acked = applyAction(model, { op: 'tag', statementIds: ['s1'], themeIds: ['t1'] })
    expect(diffStates(acked, model)).toEqual(['tags s1: expected ["t1"], found null'])
    const intent = { op: 'note.create' as const, title: 'N', content: '{}' }
    const landed = { ...acked, notes: { n9: { title: 'N', content: '{}' } } }
    expect(diffStates(withInFlight(acked, intent, landed)!, landed)).toEqual([])
    expect(
      withInFlight(acked, intent, { ...landed, notes: { ...landed.notes, n10: landed.notes.n9 } })
    ).toBeNull()
  })

  it('a merge moves tags and annotation themes and removes the merged theme', () => {
    let s = applyAction(empty(), { op: 'theme.create', id: 'a', name: 'A' })
    s = applyAction(s, { op: 'theme.create', id: 'b', name: 'B' })
    s = applyAction(s, { op: 'tag', statementIds: ['s1', 's2'], themeIds: ['a'] })
    s = applyAction(s, { op: 'tag', statementIds: ['s2'], themeIds: ['b'] })
    s = applyAction(s, {
      op: 'annotate',
      id: 'an',
      documentId: 'd',
      start: 0,
      end: 1,
      note: 'null',
      themeIds: ['a']
    })
    s = applyAction(s, { op: 'theme.merge', fromId: 'a', intoId: 'b' })
    expect(s.tags).toEqual({ s1: ['b'], s2: ['b'] })
    expect(s.annotations.an!.themeIds).toEqual(['b'])
    expect(Object.keys(s.themes)).toEqual(['b'])
  })
})
