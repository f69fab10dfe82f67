import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ApiError, type ChangeEvent } from '../shared/api'
import { openCore } from './open-core'
import { tempCore, type TempCore } from './test/temp-core'

let t: TempCore
beforeEach(async () => {
  t = await tempCore()
})
afterEach(async () => {
  await t.cleanup()
})

const firstDoc = async () => (await t.api['documents.list']({}))[0]!
const statements = async () => (await t.api['statements.list']({})).items
const themeByName = async (name: string) => (await t.api['themes.list']({})).find((x) => x.name === name)!

describe('seeded workspace', () => {
  it('holds the article, its speakers and a starter codebook with no tags', async () => {
    const doc = await firstDoc()
    expect(doc.publishedAt).toBe('2024-05-30')
    expect(doc.statementCount).toBeGreaterThan(40)
    const themes = await t.api['themes.list']({})
    expect(themes.length).toBeGreaterThanOrEqual(6)
    expect(themes.every((th) => /^#[0-9a-f]{6}$/i.test(th.color) && th.description.length > 10)).toBe(true)
    expect((await statements()).every((s) => s.themeIds.length === 0)).toBe(true)
    const names = (await t.api['speakers.list']({})).map((s) => s.name)
    for (const n of ['Blinken', 'Stoltenberg', 'Peskov', 'Nye', 'Jones'])
      expect(names.some((x) => x.includes(n))).toBe(true)
    // Only speakers who are given a statement: people merely mentioned are not speakers.
    for (const n of ['Putin', 'Scholz', 'Zelensky']) expect(names.some((x) => x.includes(n))).toBe(false)
  })

  it('never splits after honorifics or initials', async () => {
    for (const s of await statements()) expect(s.text).not.toMatch(/\b(Mr|Mrs|Dr|[A-Z])\.$/)
  })
})

describe('tagging and filtering', () => {
  it('tags, filters by theme including child themes, and by speaker', async () => {
    const [a, b] = await statements()
    const esc = await themeByName('Escalation risk')
    const nuc = await themeByName('Nuclear signalling')
    expect(nuc.parentId).toBe(esc.id)
    await t.api['statements.tag']({ statementIds: [a!.id], themeIds: [nuc.id] })
    await t.api['statements.tag']({ statementIds: [b!.id], themeIds: [esc.id] })
    const byParent = await t.api['statements.list']({ themeId: esc.id })
    expect(byParent.items.map((s) => s.id).sort()).toEqual([a!.id, b!.id].sort())
    const byChild = await t.api['statements.list']({ themeId: nuc.id })
    expect(byChild.items.map((s) => s.id)).toEqual([a!.id])
    const stats = await t.api['workspace.stats']({})
    expect(stats.themes[esc.id]).toEqual({ statements: 1, annotations: 0, total: 2 })

    const peskov = (await t.api['speakers.list']({})).find((s) => s.name.includes('Peskov'))!
    const bySpeaker = await t.api['statements.list']({ speakerId: peskov.id })
    expect(bySpeaker.total).toBeGreaterThan(0)
    expect(bySpeaker.items.every((s) => s.speakerId === peskov.id)).toBe(true)
  })

  it('filters by text and linked/unlinked, sorts and pages', async () => {
    const all = await statements()
    await t.api['links.create']({ fromId: all[0]!.id, toId: all[5]!.id, relation: 'supports' })
    expect((await t.api['statements.list']({ linked: 'linked' })).total).toBe(2)
    expect((await t.api['statements.list']({ linked: 'unlinked' })).total).toBe(all.length - 2)
    const nuclear = await t.api['statements.list']({ text: 'NUCLEAR' })
    expect(nuclear.total).toBeGreaterThan(2)
    expect(nuclear.items.every((s) => s.text.toLowerCase().includes('nuclear'))).toBe(true)
    const sorted = await t.api['statements.list']({ sort: 'text' })
    const texts = sorted.items.map((s) => s.text.toLowerCase())
    expect(texts).toEqual([...texts].sort())
    const page = await t.api['statements.list']({ offset: 10, limit: 5 })
    expect(page.items.map((s) => s.id)).toEqual(all.slice(10, 15).map((s) => s.id))
  })
})

describe('annotations, links, notes, speakers', () => {
  it('annotates a span with quote selectors and a rich note', async () => {
    const doc = await firstDoc()
    const s = (await statements())[4]!
    const note = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Key claim', marks: [{ type: 'bold' }] }] }
      ]
    }
    const a = await t.api['annotations.create']({
      documentId: doc.id,
      start: s.start,
      end: s.start + 20,
      note
    })
    expect(a.quote.exact).toBe(s.text.slice(0, 20))
    expect(a.quote.suffix).toBe(s.text.slice(20, 52))
    expect(a.notePlain).toBe('Key claim')
    const detail = await t.api['statements.get']({ id: s.id })
    expect(detail.annotations.map((x) => x.id)).toEqual([a.id])
    expect(detail.statement.annotationCount).toBe(1)
    const hits = await t.api['search.query']({ q: 'key claim' })
    expect(hits.hits.some((h) => h.kind === 'annotation' && h.id === a.id)).toBe(true)
  })

  it('rejects spans outside the text and empty spans', async () => {
    const doc = await firstDoc()
    await expect(
      t.api['annotations.create']({ documentId: doc.id, start: 0, end: 10_000_000 })
    ).rejects.toThrow(/past the end/)
    await expect(t.api['annotations.create']({ documentId: doc.id, start: 5, end: 5 })).rejects.toMatchObject(
      { code: 'INVALID_INPUT' }
    )
  })

  it('links statements both ways, refuses self-links and duplicates', async () => {
    const [a, , c] = await statements()
    const l = await t.api['links.create']({
      fromId: a!.id,
      toId: c!.id,
      relation: 'contradicts',
      note: 'see'
    })
    expect((await t.api['statements.get']({ id: a!.id })).linksOut[0]!.to.id).toBe(c!.id)
    expect((await t.api['statements.get']({ id: c!.id })).linksIn[0]!.from.id).toBe(a!.id)
    await expect(t.api['links.create']({ fromId: a!.id, toId: a!.id, relation: 'supports' })).rejects.toThrow(
      /itself/
    )
    await expect(
      t.api['links.create']({ fromId: a!.id, toId: c!.id, relation: 'contradicts' })
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    await t.api['links.delete']({ id: l.id })
    expect(await t.api['links.list']({})).toEqual([])
  })

  it('notes keep their statement references and are searchable', async () => {
    const s = (await statements())[2]!
    const content = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Zebra hypothesis ' },
            { type: 'statementRef', attrs: { id: s.id, label: 'quote' } }
          ]
        }
      ]
    }
    const n = await t.api['notes.create']({ title: 'Working theory', content })
    expect(n.statementIds).toEqual([s.id])
    expect((await t.api['statements.get']({ id: s.id })).citedBy).toEqual([
      { id: n.id, title: 'Working theory' }
    ])
    expect((await t.api['search.query']({ q: 'zebra' })).hits[0]).toMatchObject({ kind: 'note', id: n.id })
    expect((await t.api['search.query']({ q: 'zebr' })).hits.length).toBe(1)
  })

  it('changes a speaker, creating one by name, and records the analyst', async () => {
    const s = (await statements())[0]!
    const row = await t.api['statements.setSpeaker']({ statementId: s.id, speakerName: 'Jake Sullivan' })
    expect(row.attribution.method).toBe('analyst')
    expect(
      (await t.api['speakers.list']({})).some((x) => x.name === 'Jake Sullivan' && x.id === row.speakerId)
    ).toBe(true)
  })
})

describe('themes', () => {
  it('merges one theme into another, moving tags and children', async () => {
    const [a, b] = await statements()
    const esc = await themeByName('Escalation risk')
    const nuc = await themeByName('Nuclear signalling')
    const unity = await themeByName('Alliance unity')
    await t.api['statements.tag']({ statementIds: [a!.id], themeIds: [esc.id, unity.id] })
    await t.api['statements.tag']({ statementIds: [b!.id], themeIds: [esc.id] })
    await t.api['themes.merge']({ fromId: esc.id, intoId: unity.id })
    const themes = await t.api['themes.list']({})
    expect(themes.find((x) => x.id === esc.id)).toBeUndefined()
    expect(themes.find((x) => x.id === nuc.id)!.parentId).toBe(unity.id)
    const tagged = await t.api['statements.list']({ themeId: unity.id })
    expect(tagged.items.map((x) => x.id).sort()).toEqual([a!.id, b!.id].sort())
    expect(tagged.items.find((x) => x.id === a!.id)!.themeIds).toEqual([unity.id])
  })

  it('merges a theme into its own sub-theme without making a cycle', async () => {
    const esc = await themeByName('Escalation risk')
    const nuc = await themeByName('Nuclear signalling')
    const merged = await t.api['themes.merge']({ fromId: esc.id, intoId: nuc.id })
    expect(merged.parentId).toBeNull()
  })

  it('refuses duplicate names and nesting a theme inside its descendant', async () => {
    const esc = await themeByName('Escalation risk')
    const nuc = await themeByName('Nuclear signalling')
    await expect(t.api['themes.create']({ name: 'escalation RISK' })).rejects.toMatchObject({
      code: 'CONFLICT'
    })
    await expect(t.api['themes.update']({ id: esc.id, parentId: nuc.id })).rejects.toThrow(/inside itself/)
  })

  it('deletes a theme, untagging and lifting its children', async () => {
    const [a] = await statements()
    const esc = await themeByName('Escalation risk')
    await t.api['statements.tag']({ statementIds: [a!.id], themeIds: [esc.id] })
    await t.api['themes.delete']({ id: esc.id })
    expect((await t.api['statements.get']({ id: a!.id })).statement.themeIds).toEqual([])
    expect((await themeByName('Nuclear signalling')).parentId).toBeNull()
  })
})

describe('undo and redo', () => {
  it('undoes and redoes every kind of edit, in order', async () => {
    const [a, b] = await statements()
    const esc = await themeByName('Escalation risk')
    const unity = await themeByName('Alliance unity')
    await t.api['statements.tag']({ statementIds: [a!.id], themeIds: [esc.id] })
    await t.api['links.create']({ fromId: a!.id, toId: b!.id, relation: 'elaborates' })
    await t.api['themes.merge']({ fromId: esc.id, intoId: unity.id })
    expect((await t.api['history.state']({})).undoLabel).toBe('Merge themes')

    await t.api['history.undo']({})
    expect((await t.api['themes.list']({})).some((x) => x.id === esc.id)).toBe(true)
    expect((await t.api['statements.get']({ id: a!.id })).statement.themeIds).toEqual([esc.id])
    await t.api['history.undo']({})
    expect(await t.api['links.list']({})).toEqual([])
    await t.api['history.undo']({})
    expect((await t.api['statements.get']({ id: a!.id })).statement.themeIds).toEqual([])
    expect((await t.api['history.state']({})).canUndo).toBe(false)

    await t.api['history.redo']({})
    await t.api['history.redo']({})
    await t.api['history.redo']({})
    expect((await t.api['statements.get']({ id: a!.id })).statement.themeIds).toEqual([unity.id])
    expect((await t.api['links.list']({})).length).toBe(1)
    expect((await t.api['history.state']({})).canRedo).toBe(false)
  })

  it('a new edit clears the redo stack; autosaved note edits undo as one step', async () => {
    const n = await t.api['notes.create']({ title: 'N' })
    const doc = (text: string) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }]
    })
    await t.api['notes.update']({ id: n.id, content: doc('a') })
    await t.api['notes.update']({ id: n.id, content: doc('ab') })
    await t.api['notes.update']({ id: n.id, content: doc('abc') })
    await t.api['history.undo']({})
    expect((await t.api['notes.get']({ id: n.id })).plain).toBe('')
    expect((await t.api['history.state']({})).canRedo).toBe(true)
    await t.api['themes.create']({ name: 'New' })
    expect((await t.api['history.state']({})).canRedo).toBe(false)
  })
})

describe('persistence, events and errors', () => {
  it('persists every change to disk, touching only the files that changed', async () => {
    const [a] = await statements()
    const esc = await themeByName('Escalation risk')
    const linksBefore = await readFile(join(t.dir, 'links.json'), 'utf8')
    await t.api['statements.tag']({ statementIds: [a!.id], themeIds: [esc.id] })
    expect(await readFile(join(t.dir, 'links.json'), 'utf8')).toBe(linksBefore)
    await t.core.close()
    const reopened = await openCore(t.dir)
    const detail = (await reopened.dispatch('statements.get', { id: a!.id })) as {
      statement: { themeIds: string[] }
    }
    expect(detail.statement.themeIds).toEqual([esc.id])
    t.core = reopened
  })

  it('emits a change event after each committed edit', async () => {
    const events: ChangeEvent[] = []
    t.core.onChange((e) => events.push(e))
    await t.api['themes.create']({ name: 'Sanctions' })
    expect(events).toHaveLength(1)
    expect(events[0]!.kinds).toEqual(['theme'])
  })

  it('sends the history and the changed statements with the event, so views need not ask', async () => {
    const events: ChangeEvent[] = []
    t.core.onChange((e) => events.push(e))
    const [a, b] = await statements()
    const esc = await themeByName('Escalation risk')
    await t.api['statements.tag']({ statementIds: [a!.id, b!.id], themeIds: [esc.id] })
    expect(events[0]).toMatchObject({
      kinds: ['statement'],
      documentIds: [a!.documentId],
      history: { canUndo: true, undoLabel: 'Tag with “Escalation risk”', canRedo: false, redoLabel: null }
    })
    expect(events[0]!.statements?.map((s) => [s.id, s.themeIds])).toEqual([
      [a!.id, [esc.id]],
      [b!.id, [esc.id]]
    ])
    await t.api['history.undo']({})
    expect(events[1]!.history).toEqual(await t.api['history.state']({}))
    expect(events[1]!.history).toMatchObject({ canUndo: false, redoLabel: 'Tag with “Escalation risk”' })
    expect(events[1]!.statements?.map((s) => s.themeIds)).toEqual([[], []])
  })

  it('leaves the statements out of an event that changed more than 100 of them', async () => {
    const text = Array.from({ length: 120 }, (_, i) => `Sentence number ${i + 1} says something.`).join(
      '\n\n'
    )
    await t.api['import.file']({ fileName: 'many.txt', base64: Buffer.from(text).toString('base64') })
    const events: ChangeEvent[] = []
    t.core.onChange((e) => events.push(e))
    const ids = (await statements()).map((s) => s.id)
    expect(ids.length).toBeGreaterThan(100)
    const esc = await themeByName('Escalation risk')
    await t.api['statements.tag']({ statementIds: ids, themeIds: [esc.id] })
    expect(events[0]!.kinds).toEqual(['statement'])
    expect(events[0]).not.toHaveProperty('statements')
  })

  it('rejects unknown operations and malformed input with a clear error, changing nothing', async () => {
    await expect(t.core.dispatch('themes.hack', {})).rejects.toMatchObject({ code: 'UNKNOWN_OP' })
    const err = await t.core
      .dispatch('themes.create', { name: '', color: 'red', extra: 1 })
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).code).toBe('INVALID_INPUT')
    expect((err as ApiError).message).toMatch(/^themes\.create: /)
    expect((await t.api['history.state']({})).canUndo).toBe(false)
  })

  it('rolls back memory when a write fails midway, and says so', async () => {
    await t.core.close()
    let failing = false
    const core = await openCore(t.dir, {
      hooks: {
        onOp: (op) => {
          if (failing && op === 'write')
            throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
        }
      }
    })
    t.core = core
    const before = await core.dispatch('themes.list', {})
    failing = true
    const err = await core.dispatch('themes.create', { name: 'Doomed' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).message).toMatch(/disk is full|nothing was changed/)
    failing = false
    expect(await core.dispatch('themes.list', {})).toEqual(before)
    expect(((await core.dispatch('history.state', {})) as { canUndo: boolean }).canUndo).toBe(false)
    const reopened = await openCore(t.dir, { readOnly: true })
    expect(await reopened.dispatch('themes.list', {})).toEqual(before)
    await reopened.close()
  })

  it('opens read-only without the lock and refuses every mutation', async () => {
    const ro = await openCore(t.dir, { readOnly: true })
    await expect(ro.dispatch('themes.create', { name: 'X' })).rejects.toMatchObject({ code: 'READ_ONLY' })
    expect(((await ro.dispatch('documents.list', {})) as unknown[]).length).toBe(1)
    await ro.close()
  })
})
