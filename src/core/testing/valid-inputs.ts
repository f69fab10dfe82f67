import type { Api, OpName } from '../../shared/api'

export interface FixtureIds {
  documentId: string
  statement: { id: string; start: number; end: number }
  otherStatementId: string
  themeId: string
  otherThemeId: string
  speakerId: string
  otherSpeakerId: string
  annotationId: string
  linkId: string
  noteId: string
}

const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A note' }] }] }

/** Gives a seeded workspace one of everything (annotation, link, note) and returns the ids to aim at. */
export async function createFixtures(api: Api): Promise<FixtureIds> {
  const [document] = await api['documents.list']({})
  const { items } = await api['statements.list']({ documentId: document!.id, limit: 3 })
  const [theme, otherTheme] = await api['themes.list']({})
  const [speaker, otherSpeaker] = await api['speakers.list']({})
  const st = items[0]!
  const annotation = await api['annotations.create']({
    documentId: document!.id,
    start: st.start,
    end: st.end,
    note: doc
  })
  const link = await api['links.create']({ fromId: st.id, toId: items[1]!.id, relation: 'supports' })
  const note = await api['notes.create']({ title: 'Fixture note', content: doc })
  return {
    documentId: document!.id,
    statement: { id: st.id, start: st.start, end: st.end },
    otherStatementId: items[2]!.id,
    themeId: theme!.id,
    otherThemeId: otherTheme!.id,
    speakerId: speaker!.id,
    otherSpeakerId: otherSpeaker!.id,
    annotationId: annotation.id,
    linkId: link.id,
    noteId: note.id
  }
}

/**
 * One valid input per operation, using every field it accepts: the starting point that the hostile-input tests
 * break one thing at a time. Partial on purpose: a new operation without an entry fails the coverage test.
 */
export function validInputs(ids: FixtureIds): Partial<Record<OpName, Record<string, unknown>>> {
  const st = ids.statement
  return {
    'workspace.info': {},
    'workspace.stats': {},
    'workspace.restore': { file: 'links.json' },
    'documents.list': {},
    'documents.get': { id: ids.documentId },
    'documents.getHead': { id: ids.documentId, chars: 100 },
    'statements.list': {
      documentId: ids.documentId,
      themeId: ids.themeId,
      speakerId: ids.speakerId,
      text: 'weapons',
      linked: 'any',
      sort: 'position',
      descending: false,
      offset: 0,
      limit: 10
    },
    'statements.get': { id: st.id },
    'statements.tag': { statementIds: [st.id], themeIds: [ids.themeId] },
    'statements.untag': { statementIds: [st.id], themeIds: [ids.themeId] },
    'statements.setSpeaker': { statementId: st.id, speakerId: ids.speakerId },
    'annotations.create': {
      documentId: ids.documentId,
      start: st.start,
      end: st.end,
      themeIds: [ids.themeId],
      note: doc
    },
    'annotations.update': { id: ids.annotationId, themeIds: [ids.themeId], note: doc },
    'annotations.delete': { id: ids.annotationId },
    'annotations.list': {
      documentId: ids.documentId,
      themeId: ids.themeId,
      speakerId: ids.speakerId,
      text: 'weapons',
      offset: 0,
      limit: 10
    },
    'themes.list': {},
    'themes.create': { name: 'A new theme', parentId: ids.themeId, color: '#123456', description: 'd' },
    'themes.update': {
      id: ids.themeId,
      name: 'Renamed theme',
      parentId: null,
      color: '#654321',
      description: 'd',
      order: 1
    },
    'themes.merge': { fromId: ids.otherThemeId, intoId: ids.themeId },
    'themes.delete': { id: ids.otherThemeId },
    'speakers.list': {},
    'speakers.create': { name: 'A new speaker', aliases: ['Newcomer'], role: 'analyst' },
    'speakers.update': { id: ids.speakerId, name: 'Renamed speaker', aliases: [], role: null },
    'speakers.delete': { id: ids.speakerId },
    'links.list': { statementId: st.id },
    'links.create': { fromId: st.id, toId: ids.otherStatementId, relation: 'contradicts', note: 'n' },
    'links.update': { id: ids.linkId, relation: 'elaborates', note: 'n' },
    'links.delete': { id: ids.linkId },
    'notes.list': {},
    'notes.get': { id: ids.noteId },
    'notes.create': { title: 'A new note', content: doc },
    'notes.update': { id: ids.noteId, title: 'Renamed note', content: doc },
    'notes.delete': { id: ids.noteId },
    'import.file': {
      fileName: 'a.txt',
      base64: Buffer.from('Hello there.').toString('base64'),
      title: 'Imported',
      date: '2024-01-01',
      source: 'test',
      duplicate: 'skip',
      taskId: 'task-1'
    },
    'tasks.cancel': { taskId: 'task-1' },
    'export.run': {
      format: 'json',
      themeId: ids.themeId,
      documentId: ids.documentId,
      rows: 'statements',
      filter: { themeIds: [ids.themeId], text: 'nuclear', linked: 'any' }
    },
    'search.query': { q: 'nuclear', limit: 5, kinds: ['statement'] },
    'views.list': {},
    'views.save': {
      name: 'A view',
      filter: {
        documentIds: [ids.documentId],
        speakerIds: [ids.speakerId, 'none'],
        themeIds: [ids.themeId],
        coding: 'span',
        from: '2024-01-01',
        to: '2024-12-31',
        relation: 'supports',
        text: 'nuclear',
        linked: 'linked'
      }
    },
    'views.delete': { name: 'A view' },
    'history.state': {},
    'history.undo': {},
    'history.redo': {},
    'analysis.matrix': {
      rows: 'themes',
      cols: 'speakers',
      count: 'codings',
      expand: [ids.themeId],
      filter: { documentIds: [ids.documentId], coding: 'any', from: '2000-01-01' }
    },
    'analysis.relations': { relation: 'supports', filter: { themeIds: [ids.themeId] } },
    'analysis.graph': {
      filter: { themeIds: [ids.themeId], coding: 'any' },
      groupBy: 'speaker',
      focus: { statementId: st.id, hops: 2 },
      limit: 100
    },
    'analysis.timeline': {
      filter: { documentIds: [ids.documentId] },
      lanes: 'theme',
      maxLanes: 8,
      ids: true
    },
    'analysis.speakers': { speakerIds: [ids.speakerId, 'none'], filter: { from: '2000-01-01' } },
    'speakers.merge': { fromId: ids.otherSpeakerId, intoId: ids.speakerId },
    'documents.update': {
      id: ids.documentId,
      title: 'Retitled',
      publishedAt: '2024-02-29',
      authors: ['A. Writer'],
      publisher: 'The Paper',
      url: 'https://example.org/a'
    },
    'documents.deletePreview': { id: ids.documentId },
    'documents.delete': { id: ids.documentId },
    'coders.list': {},
    'coders.setCurrent': { name: 'Second coder' },
    'coders.scope': {},
    'coders.setScope': { blind: true },
    'analysis.agreement': { coderIds: ['cd-first', 'cd-second'], themeId: ids.themeId, level: 'span' },
    'analysis.disagreements': {
      coderIds: ['cd-first', 'cd-second'],
      themeId: ids.themeId,
      offset: 0,
      limit: 10
    },
    'analysis.coders': {},
    'codings.settle': {
      statementId: st.id,
      themeIds: [ids.themeId],
      coderIds: ['cd-first', 'cd-second'],
      decision: { kind: 'accept', coderId: 'cd-first' }
    },
    'merge.preview': {
      fileName: 'other.json',
      base64: Buffer.from('{}').toString('base64'),
      addSources: true
    },
    'merge.apply': { fileName: 'other.json', base64: Buffer.from('{}').toString('base64'), addSources: true },
    'sync.status': {},
    'sync.connect': { url: 'ws://127.0.0.1:9', token: 'a-team-token-0123456789' },
    'sync.disconnect': {},
    'sync.conflicts': {},
    'sync.resolveConflict': { id: 'speaker:zz-none', action: 'accept' }
  }
}
