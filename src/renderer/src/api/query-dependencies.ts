import {
  ENTITY_KINDS,
  type ChangeEvent,
  type DocumentView,
  type EntityKind,
  type OpInput,
  type OpOutput,
  type QueryOpName
} from '../../../shared/api'

interface Dependency<K extends QueryOpName> {
  /**
   * The kinds of entity whose change can alter the answer. A `workspace` change (a restore, a reconnect after
   * missed events) alters every answer, so no entry lists it.
   */
  on: readonly EntityKind[]
  /** The answer is about this one document: changed statements and highlights of other documents leave it. */
  document?: (input: OpInput<K>) => string
  /** The answer brought up to date from the event alone; undefined when the event does not carry enough. */
  fromEvent?: (data: OpOutput<K>, event: ChangeEvent) => OpOutput<K> | undefined
}

/** Changes of these kinds name the documents they touch (`ChangeEvent.documentIds`). */
const DOCUMENT_SCOPED: readonly EntityKind[] = ['document', 'statement', 'annotation']

const ANALYSIS: readonly EntityKind[] = ['document', 'statement', 'annotation', 'theme', 'speaker', 'link']
const DOCUMENTS_GET: readonly EntityKind[] = ['document', 'statement', 'annotation', 'link']
/** Every kind of change to the workspace (a `sync` event is about the connection, not the content). */
const CONTENT: readonly EntityKind[] = ENTITY_KINDS.filter((k) => k !== 'sync')

/** A document's statements replaced by the event's, when the document's statements are all it changed. */
function withStatements(data: DocumentView, event: ChangeEvent): DocumentView | undefined {
  if (!event.statements || event.kinds.some((k) => k !== 'statement' && DOCUMENTS_GET.includes(k))) return
  const fresh = new Map(event.statements.map((s) => [s.id, s]))
  if (!data.statements.some((s) => fresh.has(s.id))) return data
  return { ...data, statements: data.statements.map((s) => fresh.get(s.id) ?? s) }
}

/**
 * What every query's answer depends on, by operation: the one place that decides which change events reload
 * which views. Total over the query operations, so a new one does not typecheck until it says.
 */
export const QUERY_DEPENDENCIES: { [K in QueryOpName]: Dependency<K> } = {
  'workspace.info': { on: [] },
  'workspace.stats': { on: ['document', 'statement', 'annotation', 'link', 'note', 'theme', 'speaker'] },
  'documents.list': { on: ['document', 'annotation'] },
  'documents.get': { on: DOCUMENTS_GET, document: (input) => input.id, fromEvent: withStatements },
  // Asked only until the whole document (documents.get) is in.
  'documents.getHead': { on: DOCUMENTS_GET, document: (input) => input.id },
  'documents.deletePreview': {
    on: ['document', 'statement', 'annotation', 'link', 'note'],
    document: (input) => input.id
  },
  'statements.list': { on: ANALYSIS },
  'statements.get': { on: ['document', 'statement', 'annotation', 'link', 'note'] },
  'annotations.list': { on: ['document', 'statement', 'annotation', 'theme', 'speaker'] },
  'themes.list': { on: ['theme'] },
  'speakers.list': { on: ['speaker'] },
  'links.list': { on: ['document', 'statement', 'link'] },
  'notes.list': { on: ['note'] },
  'notes.get': { on: ['note'] },
  'search.query': { on: ['document', 'statement', 'annotation', 'note', 'theme', 'speaker'] },
  'views.list': { on: ['view', 'theme', 'speaker', 'document'] },
  'history.state': { on: CONTENT, fromEvent: (_, event) => event.history },
  'export.run': { on: [...ANALYSIS, 'note', 'view'] },
  // Answers about a running task; never held.
  'tasks.cancel': { on: [] },
  'analysis.matrix': { on: ANALYSIS },
  'analysis.relations': { on: ANALYSIS },
  'analysis.graph': { on: ANALYSIS },
  'analysis.timeline': { on: ANALYSIS },
  'analysis.speakers': { on: ANALYSIS },
  // A change of coders is a `workspace` change.
  'coders.list': { on: [] },
  // Setting it announces a `workspace` change: every view shows the new scope's codings.
  'coders.scope': { on: [] },
  'analysis.agreement': { on: ANALYSIS },
  'analysis.disagreements': { on: ANALYSIS },
  'analysis.coders': { on: ANALYSIS },
  // Asked once by the merge dialog for the file it holds; never held.
  'merge.preview': { on: CONTENT },
  'sync.status': { on: ['sync'], fromEvent: (_, event) => event.sync },
  // A conflict's speakers and document come from the workspace; the list itself changes with a `sync` event, so
  // an empty list stays empty through every other change (no request while tagging with no conflict).
  'sync.conflicts': {
    on: ['sync', 'statement', 'speaker', 'document', 'annotation'],
    fromEvent: (data, event) => (data.length === 0 && !event.kinds.includes('sync') ? data : undefined)
  }
}

/** Whether a change can alter the answer of `op` for `input`. */
export function touches<K extends QueryOpName>(op: K, input: OpInput<K>, event: ChangeEvent): boolean {
  if (event.kinds.includes('workspace')) return true
  const dependency: Dependency<K> = QUERY_DEPENDENCIES[op]
  const kinds = event.kinds.filter((k) => dependency.on.includes(k))
  if (kinds.length === 0) return false
  if (!dependency.document || kinds.some((k) => !DOCUMENT_SCOPED.includes(k))) return true
  return event.documentIds.includes(dependency.document(input))
}

export type Reaction<K extends QueryOpName> =
  { kind: 'keep' } | { kind: 'update'; data: OpOutput<K> } | { kind: 'refetch' }

/** What a held answer needs after a change: nothing, the update the event carries, or asking again. */
export function reactionTo<K extends QueryOpName>(
  op: K,
  input: OpInput<K>,
  data: OpOutput<K> | undefined,
  event: ChangeEvent
): Reaction<K> {
  if (!touches(op, input, event)) return { kind: 'keep' }
  const fromEvent = QUERY_DEPENDENCIES[op].fromEvent as Dependency<K>['fromEvent']
  const updated =
    data !== undefined && !event.kinds.includes('workspace') ? fromEvent?.(data, event) : undefined
  return updated === undefined ? { kind: 'refetch' } : { kind: 'update', data: updated }
}
