import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ApiError, type Api, type ChangeEvent } from '../../shared/api'
import { openCore } from '../open-core'
import { coreClient } from '../core-client'
import { testCore } from '../testing/temp-core'

const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(ApiError)
  return { code: (err as ApiError).code, message: (err as ApiError).message }
}

/** In a seeded workspace, on two new themes: Ann tags the first statement with one theme; Bob tags the second with another and highlights the third. */
async function twoCoders(api: Api) {
  const risk = (await api['themes.create']({ name: 'Scoped risk' })).id
  const trust = (await api['themes.create']({ name: 'Scoped trust' })).id
  const [doc] = await api['documents.list']({})
  const { statements } = await api['documents.get']({ id: doc!.id })
  const [s1, s2, s3] = statements
  const ann = (await api['coders.setCurrent']({ name: 'Ann' })).current!
  await api['statements.tag']({ statementIds: [s1!.id], themeIds: [risk] })
  const bob = (await api['coders.setCurrent']({ name: 'Bob' })).current!
  await api['statements.tag']({ statementIds: [s2!.id], themeIds: [trust] })
  const highlight = await api['annotations.create']({
    documentId: doc!.id,
    start: s3!.start,
    end: s3!.end,
    themeIds: [trust]
  })
  await api['coders.setCurrent']({ name: 'Ann' })
  return { risk, trust, doc: doc!.id, s1: s1!.id, s2: s2!.id, s3: s3!.id, ann, bob, highlight }
}

/** What the views show of each theme: the statements the theme filter finds and the count beside the theme. */
async function shown(api: Api, themeId: string) {
  const list = await api['statements.list']({ themeId })
  const stats = await api['workspace.stats']({})
  return { ids: list.items.map((s) => s.id), total: list.total, count: stats.themes[themeId]!.total }
}

describe('whose codings views show', () => {
  it("shows everyone's by default; mine, one coder's and blind narrow every view alike", async () => {
    const { api } = await testCore()
    const w = await twoCoders(api)
    expect(await api['coders.scope']({})).toEqual({ show: 'all', blind: false })
    expect((await shown(api, w.trust)).ids).toEqual([w.s2, w.s3])

    expect(await api['coders.setScope']({ blind: true })).toEqual({ show: 'mine', blind: true })
    expect(await shown(api, w.risk)).toEqual({ ids: [w.s1], total: 1, count: 1 })
    expect(await shown(api, w.trust)).toEqual({ ids: [], total: 0, count: 0 })
    const doc = await api['documents.get']({ id: w.doc })
    expect(doc.statements.find((s) => s.id === w.s2)!.themeIds).toEqual([])
    expect(doc.annotations.map((a) => a.id)).not.toContain(w.highlight.id)
    expect((await api['statements.get']({ id: w.s3 })).statement.codings).toEqual([])
    expect((await api['annotations.list']({})).items.map((a) => a.id)).not.toContain(w.highlight.id)
    const matrix = await api['analysis.matrix']({ rows: 'themes', cols: 'documents' })
    expect(matrix.total).toBe(1)

    await api['coders.setScope']({ blind: false, show: w.bob.id })
    expect(await shown(api, w.trust)).toEqual({ ids: [w.s2, w.s3], total: 2, count: 2 })
    expect(await shown(api, w.risk)).toEqual({ ids: [], total: 0, count: 0 })

    await api['coders.setScope']({ show: 'all' })
    expect((await api['analysis.matrix']({ rows: 'themes', cols: 'documents' })).total).toBe(3)
  })

  it('keeps up with new codings, and mine follows the current coder', async () => {
    const { api } = await testCore()
    const w = await twoCoders(api)
    await api['coders.setScope']({ show: 'mine' })
    await api['statements.tag']({ statementIds: [w.s2], themeIds: [w.risk] })
    expect((await shown(api, w.risk)).ids).toEqual([w.s1, w.s2])
    expect((await api['statements.get']({ id: w.s2 })).statement.themeIds).toEqual([w.risk])

    await api['coders.setCurrent']({ name: 'Bob' })
    expect((await shown(api, w.risk)).ids).toEqual([])
    expect((await shown(api, w.trust)).ids).toEqual([w.s2, w.s3])
    await api['history.undo']({})
    expect((await shown(api, w.risk)).ids).toEqual([w.s1, w.s2])
  })

  it("change events carry statements as the scope shows them; agreement is refused while blind; exports and agreement otherwise see everyone's", async () => {
    const { core, api } = await testCore()
    const w = await twoCoders(api)
    await api['coders.setScope']({ blind: true })
    const events: ChangeEvent[] = []
    core.onChange((e) => events.push(e))
    await api['coders.setCurrent']({ name: 'Bob' })
    await api['statements.tag']({ statementIds: [w.s1], themeIds: [w.trust] })
    expect(events.at(-1)!.statements!.map((s) => s.themeIds)).toEqual([[w.trust]])

    await expect(api['analysis.agreement']({ coderIds: [w.ann.id, w.bob.id] })).rejects.toThrow(
      /blind mode hides the other coders/
    )
    await expect(api['analysis.disagreements']({ coderIds: [w.ann.id, w.bob.id] })).rejects.toThrow(/blind/)
    await api['coders.setScope']({ blind: false, show: 'mine' })
    const agreement = await api['analysis.agreement']({ coderIds: [w.ann.id, w.bob.id] })
    expect(agreement.overall.units).toBeGreaterThan(0)
    const exported = await api['export.run']({ format: 'json' })
    const json = JSON.parse(exported.files[0]!.text!) as {
      documents: { statements: { id: string; themeIds: string[] }[] }[]
    }
    const s1 = json.documents.flatMap((d) => d.statements).find((s) => s.id === w.s1)!
    expect(s1.themeIds).toEqual([w.risk, w.trust])
  })

  it("untagging or retagging in blind mode removes only my codings, never the other coder's", async () => {
    const { api } = await testCore()
    const w = await twoCoders(api)
    await api['statements.tag']({ statementIds: [w.s2], themeIds: [w.trust] })
    await api['coders.setScope']({ blind: true })
    expect(await api['statements.untag']({ statementIds: [w.s2], themeIds: [w.trust] })).toEqual({
      changed: 1
    })
    expect((await api['statements.get']({ id: w.s2 })).statement.themeIds).toEqual([])
    expect(await api['statements.untag']({ statementIds: [w.s2], themeIds: [w.trust] })).toEqual({
      changed: 0
    })

    await api['coders.setScope']({ blind: false })
    await api['annotations.update']({ id: w.highlight.id, themeIds: [w.trust, w.risk] })
    await api['coders.setCurrent']({ name: 'Bob' })
    await api['coders.setScope']({ blind: true })
    const edited = await api['annotations.update']({ id: w.highlight.id, themeIds: [] })
    expect(edited.themeIds).toEqual([])
    await api['coders.setScope']({ blind: false, show: 'all' })
    const s2 = (await api['statements.get']({ id: w.s2 })).statement
    expect(s2.codedBy?.map((c) => [c.themeId, c.createdBy])).toEqual([[w.trust, w.bob.id]])
    const [highlight] = (await api['statements.get']({ id: w.s3 })).annotations
    expect(highlight!.codedBy?.map((c) => [c.themeId, c.createdBy])).toEqual([[w.risk, w.ann.id]])
  })

  it('refuses a scope that blind mode rules out or an unknown coder, in one line, changing nothing', async () => {
    const { api, dir } = await testCore()
    await api['coders.setScope']({ blind: true })
    expect(await refusal(api['coders.setScope']({ show: 'all' }))).toEqual({
      code: 'CONFLICT',
      message: 'blind mode shows only your codings; turn it off to see other coders'
    })
    await api['coders.setScope']({ blind: false })
    expect(await refusal(api['coders.setScope']({ show: 'cd-nobody' }))).toEqual({
      code: 'NOT_FOUND',
      message: 'no coder with id "cd-nobody"'
    })
    expect((await refusal(api['coders.setScope']({}))).code).toBe('INVALID_INPUT')
    expect(await api['coders.scope']({})).toEqual({ show: 'mine', blind: false })
    expect((await api['history.state']({})).canUndo).toBe(false)
    expect(JSON.parse(await readFile(join(dir, '.view-scope.json'), 'utf8'))).toEqual({
      show: 'mine',
      blind: false
    })
  })

  it('is kept beside the workspace for the next open; a damaged file shows everyone', async () => {
    const { api, core, dir } = await testCore()
    await api['coders.setScope']({ blind: true })
    await core.close()
    const again = await openCore(dir)
    expect(await coreClient(again)['coders.scope']({})).toEqual({ show: 'mine', blind: true })
    await again.close()
    await writeFile(join(dir, '.view-scope.json'), '{"show": "mine", "bl')
    const damaged = await openCore(dir)
    expect(await coreClient(damaged)['coders.scope']({})).toEqual({ show: 'all', blind: false })
    await damaged.close()
  })
})
