import { describe, expect, it } from 'vitest'
import {
  contract,
  ENTITY_KINDS,
  OP_NAMES,
  type ChangeEvent,
  type DocumentView,
  type EntityKind,
  type HistoryState
} from '../../../shared/api'
import type { Statement } from '../../../shared/domain'
import { QUERY_DEPENDENCIES, reactionTo, touches } from './query-dependencies'

const change = (kinds: EntityKind[], more: Partial<ChangeEvent> = {}): ChangeEvent => ({
  version: 1,
  label: 'x',
  kinds,
  documentIds: [],
  ...more
})

const statement = (id: string, themeIds: string[] = []): Statement => ({
  id,
  documentId: 'd1',
  start: 0,
  end: 5,
  text: 'Hello',
  paragraphIndex: 0,
  speakerId: null,
  attribution: { method: 'none' },
  themeIds
})
const view = (...statements: Statement[]): DocumentView =>
  ({ document: { id: 'd1' }, statements, annotations: [], linkCounts: {} }) as unknown as DocumentView
const history: HistoryState = { canUndo: true, canRedo: false, undoLabel: 'Tag', redoLabel: null }

describe('QUERY_DEPENDENCIES', () => {
  it('has an entry for every query operation and none for a mutation', () => {
    const queries = OP_NAMES.filter((op) => !contract[op].mutates).sort()
    expect(Object.keys(QUERY_DEPENDENCIES).sort()).toEqual(queries)
  })

  it('lists only known kinds, and leaves `workspace` implied', () => {
    // Entries depending on every change to the content list every kind but `sync` (the connection's status).
    const content = ENTITY_KINDS.filter((k) => k !== 'sync')
    for (const { on } of Object.values(QUERY_DEPENDENCIES)) {
      for (const kind of on) expect(ENTITY_KINDS).toContain(kind)
      if (!content.every((k) => on.includes(k))) expect(on).not.toContain('workspace')
    }
  })
})

describe('touches', () => {
  it('keeps the document list through note, theme, speaker, link and statement changes', () => {
    for (const k of ['note', 'theme', 'speaker', 'link', 'statement'] as const)
      expect(touches('documents.list', {}, change([k]))).toBe(false)
  })

  it('reloads the document list when documents or their highlights change', () => {
    expect(touches('documents.list', {}, change(['document']))).toBe(true)
    expect(touches('documents.list', {}, change(['note', 'annotation']))).toBe(true)
  })

  it('reloads every query, even one that lists no kind, on a workspace change', () => {
    for (const op of ['workspace.info', 'themes.list', 'notes.get', 'tasks.cancel'] as const)
      expect(touches(op, { id: 'x', taskId: 'x' } as never, change(['workspace']))).toBe(true)
    expect(touches('workspace.info', {}, change(['theme', 'note']))).toBe(false)
  })

  it('reloads a document only for changes to its own statements and highlights, but for any link', () => {
    const input = { id: 'd1' }
    expect(touches('documents.get', input, change(['statement'], { documentIds: ['d2'] }))).toBe(false)
    expect(touches('documents.get', input, change(['annotation'], { documentIds: ['d2', 'd1'] }))).toBe(true)
    expect(touches('documents.get', input, change(['link']))).toBe(true)
    expect(touches('documents.get', input, change(['theme', 'speaker', 'note', 'view']))).toBe(false)
  })

  it('reloads the speaker list, and what shows speakers’ names, when a speaker changes', () => {
    const renamed = change(['speaker'])
    expect(touches('speakers.list', {}, renamed)).toBe(true)
    expect(touches('statements.list', {}, renamed)).toBe(true)
    expect(touches('annotations.list', {}, renamed)).toBe(true)
    expect(touches('themes.list', {}, renamed)).toBe(false)
    expect(touches('statements.get', { id: 's1' }, renamed)).toBe(false)
  })
})

describe('reactionTo', () => {
  it('takes the history from the event, and asks when the event does not carry it', () => {
    const before = { ...history, canUndo: false }
    expect(reactionTo('history.state', {}, before, change(['note'], { history }))).toEqual({
      kind: 'update',
      data: history
    })
    expect(reactionTo('history.state', {}, before, change(['note']))).toEqual({ kind: 'refetch' })
  })

  it('replaces a document’s statements with those the event carries', () => {
    const tagged = statement('s2', ['t1'])
    const reaction = reactionTo(
      'documents.get',
      { id: 'd1' },
      view(statement('s1'), statement('s2')),
      change(['statement'], { documentIds: ['d1'], statements: [tagged] })
    )
    expect(reaction).toEqual({ kind: 'update', data: view(statement('s1'), tagged) })
  })

  it('asks for the document again when the event has no statements, or changed more than statements', () => {
    const data = view(statement('s1'))
    const s1 = [statement('s1', ['t1'])]
    const cases: ChangeEvent[] = [
      change(['statement'], { documentIds: ['d1'] }),
      change(['statement', 'annotation'], { documentIds: ['d1'], statements: s1 }),
      change(['workspace', 'statement'], { documentIds: ['d1'], statements: s1 })
    ]
    for (const event of cases)
      expect(reactionTo('documents.get', { id: 'd1' }, data, event).kind).toBe('refetch')
    // A new speaker comes with the statement it was given: the document does not show speakers' names.
    const named = change(['statement', 'speaker'], { documentIds: ['d1'], statements: s1 })
    expect(reactionTo('documents.get', { id: 'd1' }, data, named).kind).toBe('update')
  })

  it('tagging a statement in the reader refreshes the inspector and the codebook counts, and nothing else', () => {
    const tag = change(['statement'], { documentIds: ['d1'], statements: [statement('s1', ['t1'])], history })
    const shown = {
      'workspace.info': {},
      'history.state': {},
      'documents.list': {},
      'themes.list': {},
      'speakers.list': {},
      'workspace.stats': {},
      'documents.get': { id: 'd1' },
      'statements.get': { id: 's1' }
    } as const
    const data = { 'documents.get': view(statement('s1')), 'history.state': history }
    const reactions = Object.entries(shown).map(([op, input]) => [
      op,
      reactionTo(op as never, input as never, data[op as keyof typeof data] as never, tag).kind
    ])
    expect(Object.fromEntries(reactions)).toEqual({
      'workspace.info': 'keep',
      'history.state': 'update',
      'documents.list': 'keep',
      'themes.list': 'keep',
      'speakers.list': 'keep',
      'workspace.stats': 'refetch',
      'documents.get': 'update',
      'statements.get': 'refetch'
    })
  })
})

describe('sync.conflicts', () => {
  it('an empty list stays empty through a tag; a held conflict, or a sync event, asks again', () => {
    const tag = change(['statement'], { documentIds: ['d1'] })
    expect(reactionTo('sync.conflicts', {}, [], tag)).toEqual({ kind: 'update', data: [] })
    expect(reactionTo('sync.conflicts', {}, [], change(['sync'])).kind).toBe('refetch')
    const held = [{ kind: 'deletedTheme' }] as unknown as Parameters<typeof reactionTo<'sync.conflicts'>>[2]
    expect(reactionTo('sync.conflicts', {}, held, tag).kind).toBe('refetch')
    expect(reactionTo('sync.conflicts', {}, [], change(['note'])).kind).toBe('keep')
  })
})
