import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../files'
import { themeOrder } from './001-theme-order'
import { MIGRATIONS, NewerSchemaError, migrate } from './index'

const v1Theme = (id: string, parentId: string | null) => ({
  id,
  name: id,
  color: '#000000',
  parentId,
  description: ''
})

describe('migrations', () => {
  it('form one chain from schema 1 to SCHEMA_VERSION', () => {
    expect(MIGRATIONS[0]?.from).toBe(1)
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1)
      if (i > 0) expect(m.from).toBe(MIGRATIONS[i - 1]?.to)
    })
    expect(MIGRATIONS.at(-1)?.to).toBe(SCHEMA_VERSION)
  })

  it('001-theme-order numbers themes by position among their siblings and bumps the version', () => {
    const raw = {
      schemaVersion: 1,
      themes: [
        v1Theme('a', null),
        v1Theme('a1', 'a'),
        v1Theme('b', null),
        v1Theme('a2', 'a'),
        v1Theme('b1', 'b')
      ],
      speakers: []
    }
    const data = themeOrder.apply('workspace', raw, { workspaceId: null })
    expect(migrate('workspace', raw).fromVersion).toBe(1)
    const themes = (data as { schemaVersion: number; themes: { id: string; order: number }[] }).themes
    expect((data as { schemaVersion: number }).schemaVersion).toBe(2)
    expect(themes.map((t) => [t.id, t.order])).toEqual([
      ['a', 0],
      ['a1', 0],
      ['b', 1],
      ['a2', 1],
      ['b1', 0]
    ])
    expect(raw.themes[0]).not.toHaveProperty('order') // the input is not modified
  })

  it('only bumps the version of the other kinds of file', () => {
    expect(migrate('links', { schemaVersion: 1, links: [] })).toEqual({
      data: { schemaVersion: SCHEMA_VERSION, links: [] },
      fromVersion: 1
    })
  })

  it('leaves current files, and anything without a usable schemaVersion, to the schema', () => {
    const current = { schemaVersion: SCHEMA_VERSION, links: [] }
    expect(migrate('links', current)).toEqual({ data: current, fromVersion: SCHEMA_VERSION })
    expect(migrate('links', null).data).toBeNull()
    expect(migrate('links', { links: [] }).data).toEqual({ links: [] })
    expect(migrate('links', { schemaVersion: '1' }).data).toEqual({ schemaVersion: '1' })
  })

  it('rejects files from a newer Dossier', () => {
    expect(() => migrate('document', { schemaVersion: SCHEMA_VERSION + 1 })).toThrow(NewerSchemaError)
    expect(() => migrate('document', { schemaVersion: 7 })).toThrow(
      'written by a newer version of Dossier (schema 7)'
    )
  })
})
