import { describe, expect, it } from 'vitest'
import { testCore, type TempCore } from '../testing/temp-core'
import { fingerprintDifference, workspaceFingerprint } from '../testing/workspace-fingerprint'

const byName = async (t: TempCore, name: string) =>
  (await t.api['speakers.list']({})).find((s) => s.name === name)!
const statementsOf = async (t: TempCore, speakerId: string) =>
  (await t.api['statements.list']({ speakerId })).items.map((s) => s.id)

describe('speakers', () => {
  it('merge moves the statements and keeps every name as an alias; undo restores exactly', async () => {
    const t = await testCore()
    const fp = await workspaceFingerprint(t.core, { history: false })
    const peskov = await byName(t, 'Dmitry Peskov')
    const blinken = await byName(t, 'Antony J. Blinken')
    const moved = await statementsOf(t, peskov.id)
    const had = await statementsOf(t, blinken.id)
    expect(moved.length).toBeGreaterThan(0)
    const attribution = (await t.api['statements.get']({ id: moved[0]! })).statement.attribution

    const into = await t.api['speakers.merge']({ fromId: peskov.id, intoId: blinken.id })
    expect(into).toEqual({
      ...blinken,
      aliases: [...blinken.aliases, 'Dmitry Peskov', 'Peskov', 'Mr. Peskov', 'Mr Peskov']
    })
    expect((await t.api['speakers.list']({})).some((s) => s.id === peskov.id)).toBe(false)
    expect((await statementsOf(t, blinken.id)).sort()).toEqual([...had, ...moved].sort())
    expect((await t.api['statements.get']({ id: moved[0]! })).statement.attribution).toEqual(attribution)
    expect((await t.api['workspace.stats']({})).speakers[blinken.id]).toBe(had.length + moved.length)
    // An old name now finds the merged speaker.
    const row = await t.api['statements.setSpeaker']({ statementId: moved[0]!, speakerName: 'Mr. Peskov' })
    expect(row.speakerId).toBe(blinken.id)

    await t.api['history.undo']({})
    expect((await t.api['history.state']({})).undoLabel).toBe('Merge speakers')
    await t.api['history.undo']({})
    expect(fingerprintDifference(fp, await workspaceFingerprint(t.core, { history: false }))).toBe('')
    expect(await statementsOf(t, peskov.id)).toEqual(moved)
  })

  it('refuses merging a speaker into itself or a missing one, changing nothing', async () => {
    const t = await testCore()
    const fp = await workspaceFingerprint(t.core)
    const nye = await byName(t, 'Joseph S. Nye')
    await expect(t.api['speakers.merge']({ fromId: nye.id, intoId: nye.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'cannot merge a speaker into itself'
    })
    await expect(t.api['speakers.merge']({ fromId: nye.id, intoId: 'sp-missing' })).rejects.toMatchObject({
      code: 'NOT_FOUND'
    })
    await expect(t.api['speakers.update']({ id: nye.id, name: 'Jens Stoltenberg' })).rejects.toMatchObject({
      code: 'CONFLICT'
    })
    expect(await workspaceFingerprint(t.core)).toBe(fp)
  })

  it('rename and role are one undoable edit each; the claims sorted by speaker see the new name', async () => {
    const t = await testCore()
    const nye = await byName(t, 'Joseph S. Nye')
    const sorted = async () =>
      (await t.api['statements.list']({ sort: 'speaker', speakerId: undefined })).items
        .map((s) => s.speakerId)
        .filter((id, i, all) => id && all.indexOf(id) === i)
    const blinken = await byName(t, 'Antony J. Blinken')
    const nyeFirst = (order: (string | null)[]) => order.indexOf(nye.id) < order.indexOf(blinken.id)
    expect(nyeFirst(await sorted())).toBe(false)
    await t.api['speakers.update']({ id: nye.id, name: 'Aaron Nye', role: 'Professor' })
    expect(await byName(t, 'Aaron Nye')).toMatchObject({
      id: nye.id,
      role: 'Professor',
      aliases: nye.aliases
    })
    expect(nyeFirst(await sorted())).toBe(true)
    await t.api['history.undo']({})
    expect(await byName(t, 'Joseph S. Nye')).toEqual(nye)
  })

  it('delete leaves the statements without a speaker; undo gives them back', async () => {
    const t = await testCore()
    const nye = await byName(t, 'Joseph S. Nye')
    const said = await statementsOf(t, nye.id)
    await t.api['speakers.delete']({ id: nye.id })
    const none = await statementsOf(t, 'none')
    for (const id of said) expect(none).toContain(id)
    await t.api['history.undo']({})
    expect(await statementsOf(t, nye.id)).toEqual(said)
  })
})
