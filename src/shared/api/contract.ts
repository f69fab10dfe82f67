import { z } from 'zod'
import { Annotation, Link, Note, Speaker, Theme } from '../domain'
import * as A from './analysis'
import * as AG from './agreement'
import * as G from './analysis-graph'
import * as I from './inputs'
import * as V from './views'
import * as SV from './saved-views'
import * as M from './merge'
import * as VS from './view-scope'
import * as S from './sync'
import * as SC from './sync-conflicts'

interface OpSpec<In extends z.ZodType, Out extends z.ZodType, Mutates extends boolean = boolean> {
  input: In
  output: Out
  /** Mutating operations change the workspace: POST-only over HTTP, refused when read-only, undoable. */
  mutates: Mutates
}
const query = <In extends z.ZodType, Out extends z.ZodType>(
  input: In,
  output: Out
): OpSpec<In, Out, false> => ({
  input,
  output,
  mutates: false
})
const mutation = <In extends z.ZodType, Out extends z.ZodType>(
  input: In,
  output: Out
): OpSpec<In, Out, true> => ({
  input,
  output,
  mutates: true
})

const Ok = z.object({ ok: z.literal(true) })

/** Every operation of Dossier, by name. The one place an operation is declared. */
export const contract = {
  'workspace.info': query(I.Empty, V.WorkspaceInfo),
  'workspace.stats': query(I.Empty, V.Stats),
  'workspace.restore': mutation(I.RestoreInput, V.WorkspaceInfo),

  'documents.list': query(I.Empty, z.array(V.DocumentSummary)),
  'documents.get': query(I.ByIdInput, V.DocumentView),
  'documents.getHead': query(I.DocumentHeadInput, V.DocumentHead),

  'statements.list': query(
    I.StatementFilter,
    z.object({ total: z.number().int(), items: z.array(V.StatementRow) })
  ),
  'statements.get': query(I.ByIdInput, V.StatementDetail),
  'statements.tag': mutation(I.TagInput, z.object({ changed: z.number().int() })),
  'statements.untag': mutation(I.TagInput, z.object({ changed: z.number().int() })),
  'statements.setSpeaker': mutation(I.SetSpeakerInput, V.StatementRow),

  'annotations.create': mutation(I.AnnotationCreateInput, Annotation),
  'annotations.update': mutation(I.AnnotationUpdateInput, Annotation),
  'annotations.delete': mutation(I.ByIdInput, Ok),
  'annotations.list': query(
    I.AnnotationListInput,
    z.object({ total: z.number().int(), items: z.array(V.AnnotationRow) })
  ),

  'themes.list': query(I.Empty, z.array(Theme)),
  'themes.create': mutation(I.ThemeCreateInput, Theme),
  'themes.update': mutation(I.ThemeUpdateInput, Theme),
  'themes.merge': mutation(I.ThemeMergeInput, Theme),
  'themes.delete': mutation(I.ByIdInput, Ok),

  'speakers.list': query(I.Empty, z.array(Speaker)),
  'speakers.create': mutation(I.SpeakerCreateInput, Speaker),
  'speakers.update': mutation(I.SpeakerUpdateInput, Speaker),
  'speakers.delete': mutation(I.ByIdInput, Ok),

  'links.list': query(I.LinkListInput, z.array(V.LinkView)),
  'links.create': mutation(I.LinkCreateInput, Link),
  'links.update': mutation(I.LinkUpdateInput, Link),
  'links.delete': mutation(I.ByIdInput, Ok),

  'notes.list': query(I.Empty, z.array(V.NoteSummary)),
  'notes.get': query(I.ByIdInput, Note),
  'notes.create': mutation(I.NoteCreateInput, Note),
  'notes.update': mutation(I.NoteUpdateInput, Note),
  'notes.delete': mutation(I.ByIdInput, Ok),

  'import.file': mutation(I.ImportInput, V.ImportResult),
  'tasks.cancel': query(I.TaskCancelInput, z.object({ cancelled: z.boolean() })),
  'export.run': query(I.ExportInput, V.ExportResult),

  'search.query': query(I.SearchInput, z.object({ hits: z.array(V.SearchHit) })),

  'views.list': query(I.Empty, z.array(SV.SavedViewRow)),
  'views.save': mutation(SV.ViewSaveInput, SV.SavedViewRow),
  'views.delete': mutation(SV.ViewRefInput, Ok),

  'history.state': query(I.Empty, V.HistoryState),
  'history.undo': mutation(I.Empty, V.HistoryState),
  'history.redo': mutation(I.Empty, V.HistoryState),

  'analysis.matrix': query(A.MatrixInput, A.MatrixResult),
  'analysis.relations': query(A.RelationsInput, A.RelationsResult),
  'analysis.graph': query(G.GraphInput, G.GraphView),
  'analysis.timeline': query(G.TimelineInput, G.TimelineView),
  'analysis.speakers': query(G.SpeakersInput, G.SpeakersView),

  'speakers.merge': mutation(I.SpeakerMergeInput, Speaker),
  'documents.update': mutation(I.DocumentUpdateInput, V.DocumentSummary),
  'documents.deletePreview': query(I.ByIdInput, V.DocumentDeletePreview),
  'documents.delete': mutation(I.ByIdInput, Ok),

  'coders.list': query(I.Empty, V.CodersView),
  'coders.setCurrent': mutation(I.CoderSetInput, V.CodersView),
  /** Whose codings views show here (a local setting: not undoable, never exported). */
  'coders.scope': query(I.Empty, VS.ViewScope),
  'coders.setScope': mutation(VS.ViewScopeInput, VS.ViewScope),
  'analysis.agreement': query(AG.AgreementInput, AG.AgreementResult),
  'analysis.disagreements': query(AG.DisagreementsInput, AG.DisagreementsResult),
  'analysis.coders': query(I.Empty, AG.CoderActivity),
  'codings.settle': mutation(AG.SettleInput, AG.SettleResult),

  'merge.preview': query(M.MergeInput, M.MergeSummary),
  'merge.apply': mutation(M.MergeInput, M.MergeSummary),

  'sync.status': query(I.Empty, S.SyncStatus),
  'sync.connect': mutation(S.SyncConnectInput, S.SyncStatus),
  'sync.disconnect': mutation(I.Empty, S.SyncStatus),
  /** What team sync could not merge silently here (this machine's list: never exported). */
  'sync.conflicts': query(I.Empty, z.array(SC.SyncConflict)),
  /** Resolves one, on every side; answers the conflicts left. */
  'sync.resolveConflict': mutation(SC.SyncResolveInput, z.array(SC.SyncConflict))
} as const satisfies Record<string, OpSpec<z.ZodType, z.ZodType>>

export type Contract = typeof contract
export type OpName = keyof Contract
/** The operations that change nothing: what views read. */
export type QueryOpName = { [K in OpName]: Contract[K]['mutates'] extends false ? K : never }[OpName]
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>
export type OpParsedInput<K extends OpName> = z.output<Contract[K]['input']>
export type OpOutput<K extends OpName> = z.output<Contract[K]['output']>

/** The typed API every transport exposes. */
export type Api = { [K in OpName]: (input: OpInput<K>) => Promise<OpOutput<K>> }
/** What the core implements: inputs arrive already validated. */
export type Handlers = { [K in OpName]: (input: OpParsedInput<K>) => Promise<OpOutput<K>> }
/** The handlers of one namespace of the contract: `documents` → documents.list, documents.get, …. */
export type NamespaceHandlers<N extends string> = Pick<Handlers, Extract<OpName, `${N}.${string}`>>

export const OP_NAMES = Object.keys(contract) as OpName[]
export const isOpName = (name: string): name is OpName => Object.prototype.hasOwnProperty.call(contract, name)
