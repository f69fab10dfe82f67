import { afterEach, describe, expect, it } from 'vitest'
import type { ApiError, SettleInput } from '../../shared/api'
import type { TempCore } from '../testing/temp-core'
import { twoCoderWorkspace } from '../testing/two-coder-workspace'
import { workspaceFingerprint } from '../testing/workspace-fingerprint'

let cores: TempCore[] = []
afterEach(async () => {
  await Promise.all(cores.map((c) => c.cleanup()))
  cores = []
})

describe('codings.settle', () => {
  it('records one history step named after the themes and the decision', async () => {
    const { api, ann, bob, risk, ids } = await twoCoderWorkspace(cores)
    const settle = (decision: SettleInput['decision']) =>
      api['codings.settle']({
        statementId: ids[20]!,
        themeIds: [risk.id],
        coderIds: [ann.id, bob.id],
        decision
      })
    await settle({ kind: 'accept', coderId: ann.id })
    expect((await api['history.state']({})).undoLabel).toBe('Settle “Risk”: accept Ann')
    await api['history.undo']({})
    await settle({ kind: 'keepAll' })
    expect((await api['history.state']({})).undoLabel).toBe('Settle “Risk”: keep all')
    await api['history.undo']({})
    await settle({ kind: 'remove' })
    expect((await api['history.state']({})).undoLabel).toBe('Settle “Risk”: remove')
  })

  it('refuses unknown ids and a coder outside the comparison in one line, changing nothing', async () => {
    const { t, api, ann, bob, risk, ids } = await twoCoderWorkspace(cores)
    const cy = (await api['coders.setCurrent']({ name: 'Cy' })).current!
    const before = await workspaceFingerprint(t.core)
    const base: SettleInput = {
      statementId: ids[20]!,
      themeIds: [risk.id],
      coderIds: [ann.id, bob.id],
      decision: { kind: 'keepAll' }
    }
    const refusal = (input: Partial<SettleInput>) =>
      api['codings.settle']({ ...base, ...input }).then(
        () => null,
        (e: ApiError) => `${e.code}: ${e.message}`
      )
    expect(await refusal({ statementId: 'st-nothing' })).toBe('NOT_FOUND: no statement with id "st-nothing"')
    expect(await refusal({ themeIds: [risk.id, 'th-nothing'] })).toBe(
      'NOT_FOUND: no theme with id "th-nothing"'
    )
    expect(await refusal({ coderIds: [ann.id, 'cd-nobody'] })).toBe('NOT_FOUND: no coder with id "cd-nobody"')
    expect(await refusal({ decision: { kind: 'accept', coderId: 'cd-nobody' } })).toBe(
      'NOT_FOUND: no coder with id "cd-nobody"'
    )
    expect(await refusal({ decision: { kind: 'accept', coderId: cy.id } })).toBe(
      'INVALID_INPUT: codings.settle: the accepted coder must be one of the coders settled'
    )
    expect(await refusal({ coderIds: [ann.id, ann.id] })).toBe(
      'INVALID_INPUT: codings.settle: each coder may be named only once'
    )
    expect(await refusal({ themeIds: [] })).toMatch(/^INVALID_INPUT: .*name at least one theme to settle/)
    expect(await refusal({ decision: { kind: 'pick' } as never })).toMatch(/^INVALID_INPUT: /)
    expect(await workspaceFingerprint(t.core)).toBe(before)
  })
})
