import { cp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import { closeAfterTest, readJson } from './testing/sample-workspace'
import { defaultCoderName, legacyCoderId } from '../model/coders'
import { SCHEMA_VERSION } from './files'
import { WorkspaceStore } from './workspace-store'

const FIXTURE = fileURLToPath(new URL('../../../test-fixtures/v1-workspace', import.meta.url))
const FILES = ['workspace.json', 'links.json', 'documents/speech-1.json']

let dir: string
beforeEach(async () => {
  dir = await testFolder()
  await cp(FIXTURE, dir, { recursive: true })
})
const versionOf = async (file: string): Promise<unknown> =>
  ((await readJson(dir, file)) as { schemaVersion: unknown }).schemaVersion

describe('opening a schema 1 workspace', () => {
  it('migrates it in memory and writes the migrated files back, keeping the v1 files as backups', async () => {
    const v1 = await Promise.all(FILES.map((f) => readFile(join(dir, f), 'utf8')))
    const store = closeAfterTest(await WorkspaceStore.open(dir))
    expect(store.damaged).toEqual([])

    const ws = store.data.workspace
    expect(ws?.schemaVersion).toBe(SCHEMA_VERSION)
    expect(ws?.themes.map((t) => [t.id, t.parentId, t.order])).toEqual([
      ['defence', null, 0],
      ['spending', 'defence', 0],
      ['ukraine', null, 1],
      ['deterrence', 'defence', 1]
    ])
    const doc = store.data.documents.get('speech-1')
    expect(doc?.schemaVersion).toBe(SCHEMA_VERSION)
    expect(doc?.statements).toHaveLength(2)
    expect(doc?.annotations).toHaveLength(1)
    expect(store.data.links?.links).toHaveLength(1)

    // Every coding, highlight and link is credited to the workspace's one coder.
    const coder = legacyCoderId('ws-v1')
    expect(ws?.coders).toEqual([{ id: coder, name: defaultCoderName() }])
    expect(ws?.coderId).toBe(coder)
    expect(doc?.statements.map((s) => s.codedBy)).toEqual([
      [{ themeId: 'spending', createdBy: coder, createdAt: '2025-06-01T09:05:00.000Z' }],
      [{ themeId: 'deterrence', createdBy: coder, createdAt: '2025-06-01T09:05:00.000Z' }]
    ])
    expect(
      doc?.annotations.map((a) => [a.createdBy, a.codedBy?.map((c) => [c.themeId, c.createdBy])])
    ).toEqual([[coder, [['defence', coder]]]])
    expect(store.data.links?.links.map((l) => l.createdBy)).toEqual([coder])

    for (const file of FILES) expect(await versionOf(file)).toBe(SCHEMA_VERSION)
    expect(
      ((await readJson(dir, 'workspace.json')) as { themes: { order: number }[] }).themes[3]?.order
    ).toBe(1)
    const backups = await Promise.all(FILES.map((f) => readFile(join(dir, '.backup', f), 'utf8')))
    expect(backups).toEqual(v1)

    // Once migrated, opening again writes nothing.
    await store.close()
    const ops: string[] = []
    closeAfterTest(
      await WorkspaceStore.open(dir, { hooks: { onOp: (op, file) => void ops.push(`${op} ${file}`) } })
    )
    expect(ops.filter((op) => !op.startsWith('read '))).toEqual([])
  })

  it('migrates in memory only when read-only, or when checked', async () => {
    expect(await WorkspaceStore.check(dir)).toEqual([])
    const reader = closeAfterTest(await WorkspaceStore.open(dir, { readOnly: true }))
    expect(reader.damaged).toEqual([])
    expect(reader.data.workspace?.themes.map((t) => t.order)).toEqual([0, 0, 1, 1])
    for (const file of FILES) expect(await versionOf(file)).toBe(1)
  })

  it('reports a file from a newer Dossier as damaged, and leaves it alone', async () => {
    const raw = (await readJson(dir, 'documents/speech-1.json')) as Record<string, unknown>
    const newer = JSON.stringify({ ...raw, schemaVersion: 9 })
    await writeFile(join(dir, 'documents/speech-1.json'), newer)
    const store = closeAfterTest(await WorkspaceStore.open(dir))
    expect(store.damaged).toEqual([
      { file: 'documents/speech-1.json', reason: 'written by a newer version of Dossier (schema 9)' }
    ])
    expect(store.data.documents.size).toBe(0)
    expect(store.data.workspace?.schemaVersion).toBe(SCHEMA_VERSION)
    expect(await readFile(join(dir, 'documents/speech-1.json'), 'utf8')).toBe(newer)
  })
})
