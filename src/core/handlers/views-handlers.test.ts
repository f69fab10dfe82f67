import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { inspectWorkspace } from '../store/inspect-workspace'
import { testCore, type TempCore } from '../testing/temp-core'

const b64 = (s: string) => Buffer.from(s).toString('base64')
const readViews = async (t: TempCore) =>
  JSON.parse(await readFile(join(t.dir, 'views.json'), 'utf8')) as { views: { name: string }[] }

describe('saved views', () => {
  it('saves a view into views.json, replaces it by name ignoring case, deletes it; each step undoes and redoes', async () => {
    const t = await testCore()
    const [theme] = await t.api['themes.list']({})
    expect(await t.api['views.list']({})).toEqual([])

    const saved = await t.api['views.save']({
      name: '  Energy claims ',
      filter: { themeIds: [theme!.id], coding: 'span', documentIds: [], text: ' ' }
    })
    expect(saved).toMatchObject({ name: 'Energy claims', filter: { themeIds: [theme!.id], coding: 'span' } })
    expect(saved.filter).not.toHaveProperty('documentIds')
    expect(saved.filter).not.toHaveProperty('text')
    expect((await readViews(t)).views.map((v) => v.name)).toEqual(['Energy claims'])

    const replaced = await t.api['views.save']({ name: 'ENERGY CLAIMS', filter: { from: '2024-01-01' } })
    expect(replaced.id).toBe(saved.id)
    expect(replaced.createdAt).toBe(saved.createdAt)
    expect(replaced.filter).toEqual({ from: '2024-01-01' })
    expect(await t.api['views.list']({})).toHaveLength(1)

    await t.api['views.save']({ name: 'Another', filter: {} })
    expect((await t.api['views.list']({})).map((v) => v.name)).toEqual(['Another', 'ENERGY CLAIMS'])
    await t.api['views.delete']({ name: 'another' })
    expect((await t.api['views.list']({})).map((v) => v.name)).toEqual(['ENERGY CLAIMS'])

    expect((await t.api['history.state']({})).undoLabel).toBe('Delete view “another”')
    await t.api['history.undo']({})
    expect(await t.api['views.list']({})).toHaveLength(2)
    await t.api['history.undo']({}) // the save of Another
    await t.api['history.undo']({}) // the replace
    const [back] = await t.api['views.list']({})
    expect(back).toMatchObject({ name: 'Energy claims', filter: { themeIds: [theme!.id], coding: 'span' } })
    await t.api['history.undo']({})
    expect(await t.api['views.list']({})).toEqual([])
    expect((await readViews(t)).views).toEqual([])
    await t.api['history.redo']({})
    expect((await t.api['views.list']({})).map((v) => v.name)).toEqual(['Energy claims'])
    expect((await readViews(t)).views.map((v) => v.name)).toEqual(['Energy claims'])
  })

  it('refuses a blank, too long or control-character name and an unknown view, changing nothing', async () => {
    const t = await testCore()
    for (const name of ['', '   ', 'x'.repeat(121), 'a\nb'])
      await expect(t.api['views.save']({ name, filter: {} })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(t.api['views.save']({ name: 'x'.repeat(120), filter: {} })).resolves.toBeTruthy()
    await expect(t.api['views.delete']({ name: 'Nope' })).rejects.toThrow(/no saved view named “Nope”/)
    await expect(
      t.api['views.save']({ name: 'Bad', filter: { from: '2024-13-40' } as never })
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect(await t.api['views.list']({})).toHaveLength(1)
  })

  it('opens a view whose theme, speaker or document was deleted, without them and saying so', async () => {
    const t = await testCore()
    const [a, b] = await t.api['themes.list']({})
    const [speaker] = await t.api['speakers.list']({})
    const [doc] = await t.api['documents.list']({})
    await t.api['views.save']({
      name: 'Mixed',
      filter: { themeIds: [a!.id, b!.id], speakerIds: [speaker!.id, 'none'], documentIds: [doc!.id] }
    })
    await t.api['themes.delete']({ id: a!.id })
    await t.api['speakers.delete']({ id: speaker!.id })
    const [view] = await t.api['views.list']({})
    expect(view!.filter).toEqual({ themeIds: [b!.id], speakerIds: ['none'], documentIds: [doc!.id] })
    expect(view!.dropped).toEqual([
      `speaker ${speaker!.id} no longer exists`,
      `theme ${a!.id} no longer exists`
    ])
    // The statements query accepts the view's filter as it opens.
    await expect(t.api['statements.list']({ ...view!.filter, limit: 1 })).resolves.toBeTruthy()
    // Undoing the deletion brings the theme back into the view.
    await t.api['history.undo']({})
    await t.api['history.undo']({})
    expect((await t.api['views.list']({}))[0]!.dropped).toEqual([])
  })

  it('travels in the json export and comes back with a restore; a bad view in an export is refused by name', async () => {
    const a = await testCore()
    const [theme] = await a.api['themes.list']({})
    await a.api['views.save']({ name: 'Tagged', filter: { themeIds: [theme!.id], linked: 'linked' } })
    const json = (await a.api['export.run']({ format: 'json' })).files[0]!.text!
    expect(JSON.parse(json).views).toHaveLength(1)

    const b = await testCore('empty')
    await b.api['import.file']({ fileName: 'backup.json', base64: b64(json) })
    const views = await b.api['views.list']({})
    expect(views).toEqual(await a.api['views.list']({}))
    const again = (await b.api['export.run']({ format: 'json' })).files[0]!.text!
    const strip = (s: string) => ({ ...JSON.parse(s), exportedAt: 0 })
    expect(strip(again)).toEqual(strip(json))

    const bad = JSON.parse(json)
    bad.views[0].name = ''
    const c = await testCore('empty')
    await expect(
      c.api['import.file']({ fileName: 'bad.json', base64: b64(JSON.stringify(bad)) })
    ).rejects.toThrow(/bad\.json is not a Dossier export: views\.0\.name/)
  })

  it('reads views.json on open, and check reports a damaged one', async () => {
    const t = await testCore()
    await t.api['views.save']({ name: 'Kept', filter: { relation: 'supports' } })
    await t.core.close()
    const { openCore } = await import('../open-core')
    const { coreClient } = await import('../core-client')
    const core = await openCore(t.dir)
    expect((await coreClient(core)['views.list']({}))[0]).toMatchObject({
      name: 'Kept',
      filter: { relation: 'supports' }
    })
    await core.close()
    expect((await inspectWorkspace(t.dir)).damaged).toEqual([])
    await writeFile(join(t.dir, 'views.json'), JSON.stringify({ schemaVersion: 2, views: [{ id: 'v1' }] }))
    const report = await inspectWorkspace(t.dir)
    expect(report.damaged).toEqual([
      { file: 'views.json', reason: expect.stringMatching(/^invalid: views\.0\.name/) }
    ])
  })

  it('narrows an export to the statements of a filter', async () => {
    const t = await testCore()
    const [doc] = await t.api['documents.list']({})
    const { items } = await t.api['statements.list']({ documentIds: [doc!.id], text: 'said', limit: 1000 })
    expect(items.length).toBeGreaterThan(1)
    const csv = (
      await t.api['export.run']({ format: 'csv', filter: { documentIds: [doc!.id], text: 'said' } })
    ).files[0]!.text!
    const rows = csv.trim().split('\n').slice(1)
    expect(rows).toHaveLength(items.length)
    const json = JSON.parse(
      (await t.api['export.run']({ format: 'json', filter: { documentIds: [doc!.id], text: 'said' } }))
        .files[0]!.text!
    )
    expect(json.documents.map((d: { document: { id: string } }) => d.document.id)).toEqual([doc!.id])
    expect(json.documents[0].statements.map((s: { id: string }) => s.id)).toEqual(items.map((s) => s.id))
  })
})
