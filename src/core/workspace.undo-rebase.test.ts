import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation, Statement } from '../shared/domain'
import { createHandlers } from './handlers/create-handlers'
import type { Change } from './model/change'
import { seededWorkspace } from './services/seed/seed-workspace'
import { WorkspaceStore } from './store/workspace-store'
import { Tasks } from './tasks'
import { Workspace } from './workspace'

/** A teammate's coder id: their codings arrive through applyRemote, as team sync commits them. */
const BEN = 'cd-teammate1'
const AT = '2026-12-03T12:00:00.000Z'

let dir: string
let ws: Workspace
let api: ReturnType<typeof createHandlers>

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-undo-'))
  await (await WorkspaceStore.create(join(dir, 'ws'), seededWorkspace())).close()
  ws = Workspace.fromStore(await WorkspaceStore.open(join(dir, 'ws')), { backgroundIndex: false })
  api = createHandlers(ws, new Tasks(), () => {
    throw new Error('no restore here')
  })
})
afterEach(async () => {
  await ws.close()
  await rm(dir, { recursive: true, force: true })
})

const themeId = (name: string) => [...ws.state.themes.values()].find((t) => t.name === name)!.id
const statement = (id: string) => ws.state.statements.get(id)!
const firstStatements = () => [...ws.state.statements.values()].slice(0, 3).map((s) => s.id)

/** Ben codes an entity with a theme (a remote change, outside this analyst's history). */
function benCodes<T extends Statement | Annotation>(before: T, theme: string): T {
  return {
    ...before,
    themeIds: [...before.themeIds, theme],
    codedBy: [...(before.codedBy ?? []), { themeId: theme, createdBy: BEN, createdAt: AT }]
  }
}
const remote = (...changes: Change[]) => ws.applyRemote('Changes from the team', () => changes)

describe('undo and redo with a teammate’s edits in between', () => {
  it('a redone merge of a theme nobody coded still says which theme it went into', async () => {
    const from = (await api['themes.create']({ name: 'Never coded' })).id
    const into = themeId('Alliance unity')
    await api['themes.merge']({ fromId: from, intoId: into })
    await ws.undo()
    const committed: Change[][] = []
    const stop = ws.onCommit((changes) => committed.push([...changes]))
    await ws.redo()
    stop()
    expect(ws.state.themes.has(from)).toBe(false)
    expect(committed.flat().find((c) => c.kind === 'theme' && !c.after)).toMatchObject({ mergedInto: into })
  })

  it('undoing a tag keeps the teammate’s tag on the same statement; redo puts it back beside theirs', async () => {
    const [s1] = firstStatements()
    const [esc, unity] = [themeId('Escalation risk'), themeId('Alliance unity')]
    await api['statements.tag']({ statementIds: [s1!], themeIds: [esc] })
    const mine = statement(s1!)
    await remote({ kind: 'statement', before: mine, after: benCodes(mine, unity) })

    await ws.undo()
    expect(statement(s1!).themeIds).toEqual([unity])
    expect(statement(s1!).codedBy?.map((c) => c.createdBy)).toEqual([BEN])
    await ws.redo()
    expect(new Set(statement(s1!).themeIds)).toEqual(new Set([esc, unity]))
    expect(statement(s1!).codedBy).toHaveLength(2)
  })

  it('a speaker the teammate set after this analyst’s change stays when the change is undone', async () => {
    const [s1] = firstStatements()
    const original = statement(s1!).speakerId
    await api['statements.setSpeaker']({ statementId: s1!, speakerName: 'Ana Quoted' })
    const other = [...ws.state.speakers.values()].find((s) => s.name !== 'Ana Quoted')!
    const mine = statement(s1!)
    const theirs: Statement = {
      ...mine,
      speakerId: other.id,
      attribution: { method: 'analyst', at: AT, by: BEN }
    }
    await remote({ kind: 'statement', before: mine, after: theirs })

    await ws.undo()
    expect(statement(s1!).speakerId).toBe(other.id)
    expect(statement(s1!).attribution).toEqual(theirs.attribution)
    // The speaker the step created is gone; nothing points at it.
    expect([...ws.state.speakers.values()].some((s) => s.name === 'Ana Quoted')).toBe(false)
    expect(original).not.toBe(other.id)
  })

  it('undoing an edit of a highlight the teammate deleted since changes nothing and brings nothing back', async () => {
    const [doc] = ws.state.docs.keys()
    const esc = themeId('Escalation risk')
    const a = (await api['annotations.create']({ documentId: doc!, start: 30, end: 60 })) as Annotation
    await api['annotations.update']({ id: a.id, themeIds: [esc] })
    await remote({ kind: 'annotation', before: ws.state.annotations.get(a.id)!, after: null })
    const version = ws.version

    await ws.undo()
    expect(ws.state.annotations.has(a.id)).toBe(false)
    expect(ws.version).toBe(version)
    expect(ws.history().canUndo).toBe(true)
    // Undoing the creation deletes nothing more either.
    await ws.undo()
    expect(ws.state.annotations.has(a.id)).toBe(false)
  })

  it('a note’s text goes back while the title a teammate gave it since stays', async () => {
    const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
    const note = await api['notes.create']({
      title: 'Brief',
      content: { type: 'doc', content: [para('One.')] }
    })
    await api['notes.update']({ id: note.id, content: { type: 'doc', content: [para('One. Two.')] } })
    const mine = ws.state.notes.get(note.id)!
    await remote({ kind: 'note', before: mine, after: { ...mine, title: 'Brief (Ben)' } })

    await ws.undo()
    expect(ws.state.notes.get(note.id)!.plain).toBe('One.')
    expect(ws.state.notes.get(note.id)!.title).toBe('Brief (Ben)')
  })

  it('redo does not bring back a coding of a theme the teammate deleted meanwhile', async () => {
    const [s1] = firstStatements()
    const esc = themeId('Escalation risk')
    await api['statements.tag']({ statementIds: [s1!], themeIds: [esc] })
    await ws.undo()
    await remote({ kind: 'theme', before: ws.state.themes.get(esc)!, after: null })

    await ws.redo()
    expect(statement(s1!).themeIds).not.toContain(esc)
    expect(statement(s1!).codedBy ?? []).toEqual([])
  })

  it('with no teammate, undo restores exactly what was there (a deleted document with its links)', async () => {
    const [s1, s2] = firstStatements()
    const [doc] = ws.state.docs.keys()
    await api['links.create']({ fromId: s1!, toId: s2!, relation: 'supports' })
    const before = JSON.stringify([ws.state.docs.get(doc!), [...ws.state.links.values()]])
    await api['documents.delete']({ id: doc! })
    expect(ws.state.docs.has(doc!)).toBe(false)
    await ws.undo()
    expect(JSON.stringify([ws.state.docs.get(doc!), [...ws.state.links.values()]])).toBe(before)
  })
})
