import type {
  AnyFileData,
  DocumentFile,
  FileKey,
  FileKind,
  LinksFile,
  NoteFile,
  SpeakersFile,
  ViewsFile,
  WorkspaceFile
} from './files'

/** The workspace in memory. A file that is damaged (or missing) is null / absent here. */
export interface StoreData {
  workspace: WorkspaceFile | null
  links: LinksFile | null
  /** speakers.json, when the workspace keeps its speakers there. */
  speakers: SpeakersFile | null
  /** views.json, once a view has been saved. */
  views: ViewsFile | null
  /** Link shards (`links/<shard>.json`), by shard name. */
  linkShards: Map<string, LinksFile>
  /** By document id. */
  documents: Map<string, DocumentFile>
  /** By note id. */
  notes: Map<string, NoteFile>
}

/** A validated write of one file: its content, or null to delete it. */
export interface CheckedWrite {
  key: FileKey
  kind: FileKind
  id: string | null
  data: AnyFileData | null
}

export const emptyStoreData = (): StoreData => ({
  workspace: null,
  links: null,
  speakers: null,
  views: null,
  linkShards: new Map(),
  documents: new Map(),
  notes: new Map()
})

/** Puts one file's content (or its deletion) into the in-memory data. */
export function setFileData(data: StoreData, write: CheckedWrite): void {
  switch (write.kind) {
    case 'workspace':
      data.workspace = write.data as WorkspaceFile | null
      return
    case 'speakers':
      data.speakers = write.data as SpeakersFile | null
      return
    case 'views':
      data.views = write.data as ViewsFile | null
      return
    case 'links':
      if (write.id === null) data.links = write.data as LinksFile | null
      else if (write.data === null) data.linkShards.delete(write.id)
      else data.linkShards.set(write.id, write.data as LinksFile)
      return
    case 'document':
    case 'note': {
      const map = (write.kind === 'document' ? data.documents : data.notes) as Map<string, AnyFileData>
      if (write.data === null) map.delete(write.id as string)
      else map.set(write.id as string, write.data)
    }
  }
}
