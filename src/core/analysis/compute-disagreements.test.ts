import { afterEach, describe, expect, it } from 'vitest'
import type { ApiError } from '../../shared/api'
import type { DocumentBundle } from '../model/change'
import { WorkspaceState } from '../model/workspace-state'
import type { TempCore } from '../testing/temp-core'
import { twoCoderWorkspace } from '../testing/two-coder-workspace'
import { computeDisagreements } from './compute-disagreements'

let cores: TempCore[] = []
afterEach(async () => {
  await Promise.all(cores.map((c) => c.cleanup()))
  cores = []
})

describe('analysis.disagreements', () => {
  it('lists the statements the coders differ on, with what each applied, a page at a time', async () => {
    const { api, ann, bob, risk, ids, doc } = await twoCoderWorkspace(cores)
    const r = await api['analysis.disagreements']({ coderIds: [ann.id, bob.id] })
    expect(r.coders.map((c) => c.name)).toEqual(['Ann', 'Bob'])
    // Statements 21–25 (Ann only) and 26–35 (Bob only): the 15 off the diagonal of the 2×2 table.
    expect(r.total).toBe(15)
    expect(r.items.map((d) => d.statementId)).toEqual(ids.slice(20, 35))
    expect(r.items[0]).toEqual({
      statementId: ids[20],
      documentId: doc.id,
      documentTitle: doc.title,
      text: 'Claim number 21 is stated here.',
      speakerName: null,
      themes: [{ id: risk.id, name: 'Risk' }],
      codings: [
        { coderId: ann.id, themeIds: [risk.id] },
        { coderId: bob.id, themeIds: [] }
      ]
    })
    expect(r.items[14]!.codings.map((c) => c.themeIds)).toEqual([[], [risk.id]])
    const page = await api['analysis.disagreements']({ coderIds: [ann.id, bob.id], offset: 10, limit: 3 })
    expect(page.total).toBe(15)
    expect(page.items.map((d) => d.statementId)).toEqual(ids.slice(30, 33))
  })

  it('agrees with analysis.agreement: disagreeing units are (100 − percent agreement) % of the units', async () => {
    const { api, ann, bob, risk } = await twoCoderWorkspace(cores)
    const [row] = (await api['analysis.agreement']({ coderIds: [ann.id, bob.id] })).themes
    const r = await api['analysis.disagreements']({ coderIds: [ann.id, bob.id], themeId: risk.id })
    expect(r.total).toBeCloseTo((row!.units * (100 - row!.percentAgreement!)) / 100, 10)
  })

  it('narrows to one theme, lists only disputed themes, and counts a highlight inside a statement', async () => {
    const { api, ann, bob, risk, other, ids, statements, doc } = await twoCoderWorkspace(cores)
    await api['coders.setCurrent']({ name: 'Ann' })
    await api['statements.tag']({ statementIds: [ids[0]!], themeIds: [other.id] })
    const s50 = statements[49]!
    await api['annotations.create']({
      documentId: doc.id,
      start: s50.start,
      end: s50.start + 5,
      themeIds: [risk.id]
    })
    const all = await api['analysis.disagreements']({ coderIds: [ann.id, bob.id] })
    expect(all.total).toBe(17)
    // Statement 1: both applied Risk, only Ann Other; Risk is not disputed there.
    expect(all.items[0]).toMatchObject({
      statementId: ids[0],
      themes: [{ id: other.id, name: 'Other' }],
      codings: [
        { coderId: ann.id, themeIds: [other.id] },
        { coderId: bob.id, themeIds: [] }
      ]
    })
    expect(all.items.at(-1)).toMatchObject({
      statementId: ids[49],
      codings: [{ themeIds: [risk.id] }, { themeIds: [] }]
    })
    const onlyOther = await api['analysis.disagreements']({ coderIds: [ann.id, bob.id], themeId: other.id })
    expect(onlyOther.items.map((d) => d.statementId)).toEqual([ids[0]])
  })

  it('leaves out a coder who has not worked on the document (null), and needs two who have', async () => {
    const { api, ann, bob } = await twoCoderWorkspace(cores)
    const cy = (await api['coders.setCurrent']({ name: 'Cy' })).current!
    const three = await api['analysis.disagreements']({ coderIds: [ann.id, bob.id, cy.id] })
    expect(three.total).toBe(15)
    expect(three.items[0]!.codings.map((c) => c.themeIds?.length ?? null)).toEqual([1, 0, null])
    expect((await api['analysis.disagreements']({ coderIds: [ann.id, cy.id] })).total).toBe(0)
  })

  it('refuses one coder, a coder named twice, an unknown coder or theme, in one line', async () => {
    const { api, ann, bob } = await twoCoderWorkspace(cores)
    const refusal = (input: Parameters<(typeof api)['analysis.disagreements']>[0]) =>
      api['analysis.disagreements'](input).then(
        () => null,
        (e: ApiError) => `${e.code}: ${e.message}`
      )
    expect(await refusal({ coderIds: [ann.id] })).toMatch(
      /^INVALID_INPUT: .*disagreements need at least two coders/
    )
    expect(await refusal({ coderIds: [ann.id, ann.id] })).toBe(
      'INVALID_INPUT: analysis.disagreements: each coder may be named only once'
    )
    expect(await refusal({ coderIds: [ann.id, 'cd-nobody'] })).toBe('NOT_FOUND: no coder with id "cd-nobody"')
    expect(await refusal({ coderIds: [ann.id, bob.id], themeId: 'th-nothing' })).toBe(
      'NOT_FOUND: no theme with id "th-nothing"'
    )
    expect(await refusal({ coderIds: [ann.id, bob.id], limit: 0 })).toMatch(/^INVALID_INPUT: /)
  })

  it('pages through 100,000 statements quickly', () => {
    const NOW = '2024-05-30T00:00:00.000Z'
    const coding = (themeId: string, createdBy: string) => ({ themeId, createdBy, createdAt: NOW })
    const documents: DocumentBundle[] = Array.from({ length: 100 }, (_, d) => ({
      document: {
        id: `d${d}`,
        title: `D${d}`,
        source: {},
        publishedAt: null,
        authors: [],
        importedAt: NOW,
        contentHash: '0'.repeat(64),
        text: 'x'.repeat(10_000),
        paragraphs: [{ start: 0, end: 10_000 }]
      },
      statements: Array.from({ length: 1000 }, (_, i) => {
        // Ann codes every third statement with t, Bob every second: they differ on half of each six.
        const codedBy = [
          ...(i % 3 === 0 ? [coding('t', 'a')] : []),
          ...(i % 2 === 0 ? [coding('t', 'b')] : [])
        ]
        return {
          id: `d${d}.${i}`,
          documentId: `d${d}`,
          start: i * 10,
          end: i * 10 + 9,
          text: 'x'.repeat(9),
          paragraphIndex: 0,
          speakerId: null,
          attribution: { method: 'none' as const },
          themeIds: codedBy.length > 0 ? ['t'] : [],
          codedBy
        }
      }),
      annotations: []
    }))
    const s = new WorkspaceState({
      meta: null,
      coders: {
        coders: [
          { id: 'a', name: 'Ann' },
          { id: 'b', name: 'Bob' }
        ],
        coderId: 'a'
      },
      themes: [{ id: 't', name: 'T', parentId: null, color: '#123456', description: '', order: 0 }],
      speakers: [],
      documents,
      links: [],
      notes: []
    })
    const started = performance.now()
    const r = computeDisagreements(s, { coderIds: ['a', 'b'], offset: 40_000, limit: 50 })
    const ms = performance.now() - started
    expect(r.total).toBe(100 * (1000 - Math.ceil(1000 / 6) - Math.floor(1000 / 6) * 2 - 1))
    expect(r.items).toHaveLength(50)
    expect(ms).toBeLessThan(2000)
  })
})
