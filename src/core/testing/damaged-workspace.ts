import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openCore } from '../open-core'
import { coreClient } from '../core-client'
import { SCHEMA_VERSION } from '../store/files'

export const DAMAGES = ['truncated', 'zero-length', 'non-JSON', 'schema-violating'] as const
export type Damage = (typeof DAMAGES)[number]

/** The kinds of file a workspace holds, as the file to damage in the template. */
export type FileKind = 'workspace' | 'links' | 'document' | 'note' | 'journal'
export const FILE_KINDS: FileKind[] = ['workspace', 'links', 'document', 'note', 'journal']

export interface Template {
  dir: string
  documentId: string
  noteId: string
  /** The relative path of each kind of file. */
  files: Record<FileKind, string>
}

/**
 * A seeded workspace (made in `base`) in which every file has been saved at least twice (so each has a last good copy in .backup):
 * a tag, a theme, a link, a note edited once.
 */
export async function createTemplate(base: string): Promise<Template> {
  const dir = join(base, 'template')
  const core = await openCore(dir, { create: 'seeded' })
  const api = coreClient(core)
  const [doc] = await api['documents.list']({})
  const { items } = await api['statements.list']({ limit: 2 })
  const [theme] = await api['themes.list']({})
  await api['statements.tag']({ statementIds: [items[0]!.id], themeIds: [theme!.id] })
  await api['themes.create']({ name: 'Deterrence' })
  await api['links.create']({ fromId: items[0]!.id, toId: items[1]!.id, relation: 'supports' })
  const note = await api['notes.create']({ title: 'First draft' })
  await api['notes.update']({ id: note.id, title: 'Second draft' })
  await core.close()
  return {
    dir,
    documentId: doc!.id,
    noteId: note.id,
    files: {
      workspace: 'workspace.json',
      links: 'links.json',
      document: `documents/${doc!.id}.json`,
      note: `notes/${note.id}.json`,
      journal: '.journal.json'
    }
  }
}

/** A copy of the template to damage. */
export async function copyTemplate(template: Template, into: string): Promise<string> {
  await cp(template.dir, into, { recursive: true })
  await rm(join(into, '.lock'), { recursive: true, force: true })
  return into
}

/** What a schema-violating version of each kind of file holds: valid JSON, wrong shape. */
function schemaViolating(kind: FileKind, t: Template): unknown {
  switch (kind) {
    case 'workspace':
      return { schemaVersion: SCHEMA_VERSION, meta: {}, themes: 'none', speakers: [] }
    case 'links':
      return { schemaVersion: SCHEMA_VERSION, links: [{ id: 'ln-1', relation: 'hates' }] }
    case 'document':
      return {
        schemaVersion: SCHEMA_VERSION,
        document: { id: t.documentId },
        statements: [],
        annotations: []
      }
    case 'note':
      return { schemaVersion: SCHEMA_VERSION, note: { id: t.noteId, title: '' } }
    case 'journal':
      return { schemaVersion: SCHEMA_VERSION, createdAt: new Date().toISOString(), writes: [] }
  }
}

/** A complete journal that would re-write links.json: what is truncated when the journal is the damaged file. */
async function validJournal(dir: string): Promise<string> {
  const links = JSON.parse(await readFile(join(dir, 'links.json'), 'utf8')) as unknown
  return JSON.stringify({
    schemaVersion: SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    writes: [{ file: 'links.json', data: links }]
  })
}

/** Damages one file of the workspace in `dir`; returns the bytes written. */
export async function damage(dir: string, t: Template, kind: FileKind, how: Damage): Promise<Buffer> {
  const file = join(dir, t.files[kind])
  const original = kind === 'journal' ? await validJournal(t.dir) : await readFile(file, 'utf8')
  const bytes =
    how === 'truncated'
      ? Buffer.from(original.slice(0, Math.floor(original.length / 2)))
      : how === 'zero-length'
        ? Buffer.alloc(0)
        : how === 'non-JSON'
          ? Buffer.from('PK\u0003\u0004 this is not JSON \u0000\u00ff')
          : Buffer.from(JSON.stringify(schemaViolating(kind, t)))
  await writeFile(file, bytes)
  return bytes
}

/** The reason `dossier check` must give for each kind of damage. */
export const REASON: Record<Damage, RegExp> = {
  truncated: /not valid JSON/,
  'zero-length': /not valid JSON/,
  'non-JSON': /not valid JSON/,
  'schema-violating': /invalid/
}
