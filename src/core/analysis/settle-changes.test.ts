import { afterEach, describe, expect, it } from 'vitest'
import type { TempCore } from '../testing/temp-core'
import { twoCoderWorkspace } from '../testing/two-coder-workspace'

let cores: TempCore[] = []
afterEach(async () => {
  await Promise.all(cores.map((c) => c.cleanup()))
  cores = []
})

/** Statement 21 as the textbook workspace leaves it (Ann: Risk, Bob: nothing), plus Other by Bob. */
async function disputed() {
  const w = await twoCoderWorkspace(cores)
  const { api, ids, other } = w
  await api['statements.tag']({ statementIds: [ids[20]!], themeIds: [other.id] })
  const coderIds = [w.ann.id, w.bob.id]
  const statement = async () => (await api['statements.get']({ id: ids[20]! })).statement
  const byTheme = async () => {
    const st = await statement()
    return Object.fromEntries(
      [w.risk, other].map((t) => [
        t.name,
        st.themeIds.includes(t.id)
          ? (st.codedBy ?? [])
              .filter((c) => c.themeId === t.id)
              .map((c) => (c.createdBy === w.ann.id ? 'Ann' : 'Bob'))
              .sort()
          : null
      ])
    )
  }
  const settle = (decision: Parameters<(typeof api)['codings.settle']>[0]['decision']) =>
    api['codings.settle']({ statementId: ids[20]!, themeIds: [w.risk.id, other.id], coderIds, decision })
  return { ...w, coderIds, statement, byTheme, settle }
}

describe('settling a disagreement', () => {
  it('accepts one coder: their themes stay, credited to both coders; the others go with their codings', async () => {
    const w = await disputed()
    expect(await w.byTheme()).toEqual({ Risk: ['Ann'], Other: ['Bob'] })
    expect(await w.settle({ kind: 'accept', coderId: w.ann.id })).toEqual({ changed: 1 })
    expect(await w.byTheme()).toEqual({ Risk: ['Ann', 'Bob'], Other: null })
    const left = await w.api['analysis.disagreements']({ coderIds: w.coderIds })
    expect(left.items.map((d) => d.statementId)).not.toContain(w.ids[20])
    expect(left.total).toBe(14)
  })

  it('keeps all: every disputed theme stays, coded by both', async () => {
    const w = await disputed()
    await w.settle({ kind: 'keepAll' })
    expect(await w.byTheme()).toEqual({ Risk: ['Ann', 'Bob'], Other: ['Ann', 'Bob'] })
  })

  it('removes: the disputed themes go, from the statement and from highlights inside it', async () => {
    const w = await disputed()
    const st = await w.statement()
    await w.api['coders.setCurrent']({ name: 'Ann' })
    const inside = await w.api['annotations.create']({
      documentId: w.doc.id,
      start: st.start,
      end: st.start + 5,
      themeIds: [w.risk.id]
    })
    await w.settle({ kind: 'remove' })
    expect(await w.byTheme()).toEqual({ Risk: null, Other: null })
    const { annotations } = await w.api['statements.get']({ id: st.id })
    expect(annotations.find((a) => a.id === inside.id)?.themeIds).toEqual([])
    expect(
      (await w.api['analysis.disagreements']({ coderIds: w.coderIds })).items.map((d) => d.statementId)
    ).not.toContain(st.id)
  })

  it('settles only what is disputed: themes both applied, or neither, are left as they are', async () => {
    const w = await disputed()
    const agreed = w.ids[0]! // both applied Risk
    const before = (await w.api['statements.get']({ id: agreed })).statement
    const r = await w.api['codings.settle']({
      statementId: agreed,
      themeIds: [w.risk.id, w.other.id],
      coderIds: w.coderIds,
      decision: { kind: 'remove' }
    })
    expect(r).toEqual({ changed: 0 })
    expect((await w.api['statements.get']({ id: agreed })).statement).toEqual(before)
  })

  it('is one undoable step, and undo restores the statement exactly', async () => {
    const w = await disputed()
    const before = await w.statement()
    await w.settle({ kind: 'accept', coderId: w.bob.id })
    expect(await w.byTheme()).toEqual({ Risk: null, Other: ['Ann', 'Bob'] })
    await w.api['history.undo']({})
    expect(await w.statement()).toEqual(before)
  })
})
