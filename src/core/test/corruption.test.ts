import { readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fileFolder } from '../testing/temp-folder'
import { ApiError, type Api, type WorkspaceInfo } from '../../shared/api'
import { openCore } from '../open-core'
import { WorkspaceStore } from '../store/workspace-store'
import {
  DAMAGES,
  FILE_KINDS,
  REASON,
  copyTemplate,
  createTemplate,
  damage,
  type FileKind,
  type Template
} from '../testing/damaged-workspace'
import { coreClient } from '../core-client'

const base = fileFolder('dossier-corruption-')
let template: Template
beforeAll(async () => {
  template = await createTemplate(base())
})

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false
  )

/** Writes that would have to touch the damaged file: each must be refused, and the file left as it is. */
async function attemptWrites(api: Api, kind: FileKind): Promise<void> {
  const docId = template.documentId
  const refused = async (write: Promise<unknown>, codes: string[]) => {
    const err = await write.then(
      () => null,
      (e: unknown) => e
    )
    expect(err, `a write touching the damaged ${kind} file went through`).toBeInstanceOf(ApiError)
    expect(codes).toContain((err as ApiError).code)
  }
  if (kind === 'workspace') {
    await refused(api['themes.create']({ name: 'New' }), ['DAMAGED'])
    await refused(api['speakers.create']({ name: 'New' }), ['DAMAGED'])
    await refused(api['statements.setSpeaker']({ statementId: `${docId}.1`, speakerName: 'Someone' }), [
      'DAMAGED'
    ])
  }
  if (kind === 'links')
    await refused(api['links.create']({ fromId: `${docId}.1`, toId: `${docId}.3`, relation: 'supports' }), [
      'DAMAGED'
    ])
  if (kind === 'document') {
    await refused(api['documents.get']({ id: docId }), ['NOT_FOUND'])
    await refused(api['annotations.create']({ documentId: docId, start: 0, end: 5 }), ['NOT_FOUND'])
  }
  if (kind === 'note') {
    await refused(api['notes.update']({ id: template.noteId, title: 'Overwrite' }), ['NOT_FOUND'])
    await refused(api['notes.delete']({ id: template.noteId }), ['NOT_FOUND'])
  }
  // Elsewhere, work goes on.
  await api['notes.create']({ title: 'Written while a file is damaged' })
}

/** What is intact is still there. */
async function expectIntactParts(api: Api, kind: FileKind): Promise<void> {
  const documents = await api['documents.list']({})
  expect(documents.map((d) => d.id)).toEqual(kind === 'document' ? [] : [template.documentId])
  const notes = (await api['notes.list']({})).map((n) => n.id)
  expect(notes.includes(template.noteId)).toBe(kind !== 'note')
  expect((await api['links.list']({})).length).toBe(kind === 'links' ? 0 : 1)
  expect((await api['themes.list']({})).length > 0).toBe(kind !== 'workspace')
}

describe('a damaged file of every kind', () => {
  const cases = FILE_KINDS.flatMap((kind) => DAMAGES.map((how) => [kind, how] as const))

  it.each(cases)(
    '%s file, %s: named by check, the rest opens, never overwritten, restorable',
    async (kind, how) => {
      const dir = await copyTemplate(template, join(base(), `${kind}-${how}`))
      const file = template.files[kind]
      const bytes = await damage(dir, template, kind, how)

      const checked = await WorkspaceStore.check(dir)
      expect(checked.map((d) => d.file)).toEqual([file])
      expect(checked[0]!.reason).toMatch(REASON[how])

      const core = await openCore(dir, { create: 'seeded' })
      const api = coreClient(core)
      const info: WorkspaceInfo = await api['workspace.info']({})

      if (kind === 'journal') {
        // The journal is written atomically, so one that is not JSON was never complete: discarded. One that parses
        // but is invalid is set aside, unapplied, and reported.
        if (how === 'schema-violating') {
          expect(info.damaged.map((d) => d.file)).toEqual([file])
          expect(info.damaged[0]!.reason).toMatch(/not applied; kept as \.journal\.rejected\.json/)
          expect((await readFile(join(dir, '.journal.rejected.json'))).equals(bytes)).toBe(true)
        } else expect(info.damaged).toEqual([])
        await expectIntactParts(api, 'journal')
        await core.close()
        expect(await exists(join(dir, file))).toBe(false)
        expect(await WorkspaceStore.check(dir)).toEqual([])
        return
      }

      expect(info.damaged.map((d) => d.file)).toEqual([file])
      expect(info.damaged[0]!.reason).toMatch(REASON[how])
      await expectIntactParts(api, kind)
      await attemptWrites(api, kind)
      await core.close()
      expect((await readFile(join(dir, file))).equals(bytes), `${file} was rewritten`).toBe(true)

      // The banner's button: restore while the workspace is open.
      const again = await openCore(dir)
      const restored = await coreClient(again)['workspace.restore']({ file })
      expect(restored.damaged).toEqual([])
      const backup = await readFile(join(dir, '.backup', file))
      expect((await readFile(join(dir, file))).equals(backup)).toBe(true)
      expect(
        (await readFile(join(dir, '.backup', `${file}.replaced`))).equals(bytes),
        'the damaged copy is kept'
      ).toBe(true)
      await again.close()
      expect(await WorkspaceStore.check(dir)).toEqual([])
    }
  )

  it('a read-only open (a second window, the CLI) also lists the damaged file and writes nothing', async () => {
    const dir = await copyTemplate(template, join(base(), 'read-only'))
    const bytes = await damage(dir, template, 'note', 'truncated')
    const core = await openCore(dir, { readOnly: true })
    expect((await coreClient(core)['workspace.info']({})).damaged.map((d) => d.file)).toEqual([
      template.files.note
    ])
    await expect(coreClient(core)['workspace.restore']({ file: template.files.note })).rejects.toMatchObject({
      code: 'READ_ONLY'
    })
    await core.close()
    expect((await readFile(join(dir, template.files.note))).equals(bytes)).toBe(true)
  })

  it('a refused restore (bad path, no backup) keeps the undo history', async () => {
    const dir = await copyTemplate(template, join(base(), 'refused-restore'))
    const core = await openCore(dir)
    try {
      await coreClient(core)['themes.create']({ name: 'Undo me' })
      for (const file of ['../outside.json', 'notes/nope.json'])
        await expect(coreClient(core)['workspace.restore']({ file })).rejects.toBeInstanceOf(ApiError)
      expect((await coreClient(core)['history.state']({})).canUndo).toBe(true)
    } finally {
      await core.close()
    }
  })

  it('a workspace missing its workspace.json is not re-created over its other files', async () => {
    const dir = await copyTemplate(template, join(base(), 'missing-workspace-json'))
    await unlink(join(dir, 'workspace.json'))
    const links = await readFile(join(dir, 'links.json'))
    const note = await readFile(join(dir, template.files.note))
    const opened = await openCore(dir, { create: 'seeded' }).then(
      async (core) => {
        const info = await coreClient(core)['workspace.info']({})
        await core.close()
        return info
      },
      (e: unknown) => e
    )
    expect((await readFile(join(dir, 'links.json'))).equals(links), 'links.json overwritten').toBe(true)
    expect((await readFile(join(dir, template.files.note))).equals(note)).toBe(true)
    if (opened instanceof ApiError) expect(opened.message).toMatch(/workspace\.json is missing; restore it/)
    else expect((opened as WorkspaceInfo).damaged.map((d) => d.file)).toContain('workspace.json')
    await WorkspaceStore.restore(dir, 'workspace.json')
    const core = await openCore(dir)
    expect((await coreClient(core)['links.list']({})).length).toBe(1)
    await core.close()
  })
})
