import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import {
  SCHEMA_VERSION,
  type DocumentFile,
  type LinksFile,
  type NoteFile,
  type WorkspaceFile
} from '../files'
import type { StoreHooks } from '../store-hooks'
import { WorkspaceStore } from '../workspace-store'

/** Test data builders for the store's tests. */

export const NOW = '2026-01-15T10:00:00.000Z'

export function sampleWorkspace(name = 'Sample'): WorkspaceFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { id: 'ws-1', name, createdAt: NOW },
    themes: [
      { id: 'th-1', name: 'Defence', color: '#1f77b4', parentId: null, description: '', order: 0 },
      { id: 'th-2', name: 'Budget', color: '#ff7f0e', parentId: 'th-1', description: '', order: 0 }
    ],
    speakers: [{ id: 'sp-1', name: 'Jens Stoltenberg', aliases: ['Stoltenberg'], role: null }]
  }
}

export function sampleLinks(count = 0): LinksFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    links: Array.from({ length: count }, (_, i) => ({
      id: `ln-${i}`,
      fromId: 'doc-1.0',
      toId: 'doc-1.1',
      relation: 'supports' as const,
      note: '',
      createdAt: NOW
    }))
  }
}

export function sampleDocument(id: string, title = `Document ${id}`): DocumentFile {
  const text = 'Allies must spend more. "We will," he said.'
  return {
    schemaVersion: SCHEMA_VERSION,
    document: {
      id,
      title,
      source: { publisher: 'Example' },
      publishedAt: '2026-01-01',
      authors: [],
      importedAt: NOW,
      contentHash: 'a'.repeat(64),
      text,
      paragraphs: [{ start: 0, end: text.length }]
    },
    statements: [
      {
        id: `${id}.0`,
        documentId: id,
        start: 0,
        end: 23,
        text: text.slice(0, 23),
        paragraphIndex: 0,
        speakerId: null,
        attribution: { method: 'none' },
        themeIds: []
      }
    ],
    annotations: []
  }
}

export function sampleNote(id: string, title = `Note ${id}`): NoteFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    note: {
      id,
      title,
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: title }] }] },
      plain: title,
      statementIds: [],
      themeIds: [],
      createdAt: NOW,
      updatedAt: NOW
    }
  }
}

export const readText = (dir: string, file: string): Promise<string> => readFile(join(dir, file), 'utf8')
export const readJson = async (dir: string, file: string): Promise<unknown> =>
  JSON.parse(await readText(dir, file))

/** A created (open, locked) workspace with the sample workspace, 1 link, the given documents and note-1. */
export function createSampleStore(
  dir: string,
  docIds = ['doc-1', 'doc-2'],
  hooks?: StoreHooks
): Promise<WorkspaceStore> {
  return WorkspaceStore.create(
    dir,
    {
      workspace: sampleWorkspace(),
      links: sampleLinks(1),
      documents: docIds.map((id) => sampleDocument(id)),
      notes: [sampleNote('note-1')]
    },
    { hooks }
  )
}

/** Closes the store when the test ends (before its testFolder is removed). */
export function closeAfterTest(store: WorkspaceStore): WorkspaceStore {
  onTestFinished(() => store.close())
  return store
}
