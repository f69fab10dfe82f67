import { describe, expect, it } from 'vitest'
import { defaultCoderName, legacyCoderId } from '../../model/coders'
import { coders } from './002-coders'

const T0 = '2025-06-01T09:00:00.000Z'
const T1 = '2025-06-02T10:00:00.000Z'
const context = { workspaceId: 'ws-v2' }
const by = legacyCoderId('ws-v2')

const v2Document = () => ({
  schemaVersion: 2,
  document: { id: 'd1', importedAt: T0 },
  statements: [
    { id: 'd1.0', attribution: { method: 'none' }, themeIds: ['a', 'b'] },
    { id: 'd1.1', attribution: { method: 'analyst', at: T1 }, themeIds: [] },
    { id: 'd1.2', attribution: { method: 'auto', cue: 'he said' }, themeIds: ['a'] }
  ],
  annotations: [{ id: 'an-1', themeIds: ['b'], createdAt: T1 }]
})

describe('002-coders', () => {
  it('gives workspace.json one coder, named after the user, with an id derived from the workspace id', () => {
    const out = coders.apply('workspace', { schemaVersion: 2, meta: { id: 'ws-v2' }, themes: [] }, context)
    const coder = { id: by, name: defaultCoderName() }
    expect(out).toEqual({ schemaVersion: 3, meta: { id: 'ws-v2' }, themes: [], coders: [coder], coderId: by })
    expect(by).toMatch(/^cd-[a-z2-9]{8}$/)
    expect(legacyCoderId('ws-other')).not.toBe(by)
  })

  it("credits a document's codings, highlights and speakers set by an analyst to that coder", () => {
    const raw = v2Document()
    const out = coders.apply('document', raw, context) as ReturnType<typeof v2Document> &
      Record<string, unknown>
    expect(out.schemaVersion).toBe(3)
    expect(out.statements.map((s) => [s.id, (s as { codedBy?: unknown }).codedBy])).toEqual([
      [
        'd1.0',
        [
          { themeId: 'a', createdBy: by, createdAt: T0 },
          { themeId: 'b', createdBy: by, createdAt: T0 }
        ]
      ],
      ['d1.1', []],
      ['d1.2', [{ themeId: 'a', createdBy: by, createdAt: T0 }]]
    ])
    expect(out.statements.map((s) => s.attribution)).toEqual([
      { method: 'none' },
      { method: 'analyst', at: T1, by },
      { method: 'auto', cue: 'he said' }
    ])
    expect(out.annotations).toEqual([
      {
        id: 'an-1',
        themeIds: ['b'],
        createdAt: T1,
        createdBy: by,
        codedBy: [{ themeId: 'b', createdBy: by, createdAt: T1 }]
      }
    ])
    expect(raw).toEqual(v2Document()) // the input is not modified
  })

  it('credits links and notes, and leaves what already names a coder', () => {
    const links = coders.apply(
      'links',
      { schemaVersion: 2, links: [{ id: 'l1' }, { id: 'l2', createdBy: 'cd-x' }] },
      context
    )
    expect(links.links).toEqual([
      { id: 'l1', createdBy: by },
      { id: 'l2', createdBy: 'cd-x' }
    ])
    expect(coders.apply('note', { schemaVersion: 2, note: { id: 'n1' } }, context).note).toEqual({
      id: 'n1',
      createdBy: by
    })
  })

  it('only changes the version when the workspace id is unknown (workspace.json unreadable)', () => {
    expect(coders.apply('document', v2Document(), { workspaceId: null })).toEqual({
      ...v2Document(),
      schemaVersion: 3
    })
  })
})
