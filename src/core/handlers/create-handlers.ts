import type { Handlers, OpName } from '../../shared/api'
import type { Workspace } from '../workspace'
import type { Tasks } from '../tasks'
import { analysisHandlers } from './analysis-handlers'
import { annotationsHandlers } from './annotations-handlers'
import { codersHandlers } from './coders-handlers'
import { codingsHandlers } from './codings-handlers'
import { documentsHandlers } from './documents-handlers'
import { exportHandlers } from './export-handlers'
import { historyHandlers } from './history-handlers'
import { importHandlers } from './import-handlers'
import { linksHandlers } from './links-handlers'
import { mergeHandlers } from './merge-handlers'
import { notesHandlers } from './notes-handlers'
import { searchHandlers } from './search-handlers'
import { speakersHandlers } from './speakers-handlers'
import { statementsHandlers } from './statements-handlers'
import { tasksHandlers } from './tasks-handlers'
import { themesHandlers } from './themes-handlers'
import { viewsHandlers } from './views-handlers'
import { workspaceHandlers, type Reopen } from './workspace-handlers'

/** Team sync outlives one Workspace object (a restore reopens it): openCore adds those (sync-handlers.ts). */
type SyncOp = Extract<OpName, `sync.${string}`>

/** Every operation of the contract bound to one open workspace: each namespace's in `<namespace>-handlers.ts`. */
export function createHandlers(ws: Workspace, tasks: Tasks, reopen: Reopen): Omit<Handlers, SyncOp> {
  return {
    ...workspaceHandlers(ws, reopen),
    ...documentsHandlers(ws),
    ...statementsHandlers(ws),
    ...annotationsHandlers(ws),
    ...themesHandlers(ws),
    ...speakersHandlers(ws),
    ...linksHandlers(ws),
    ...notesHandlers(ws),
    ...viewsHandlers(ws),
    ...searchHandlers(ws),
    ...historyHandlers(ws),
    ...analysisHandlers(ws),
    ...exportHandlers(ws, tasks),
    ...importHandlers(ws, tasks),
    ...tasksHandlers(tasks),
    ...codersHandlers(ws),
    ...codingsHandlers(ws),
    ...mergeHandlers(ws)
  }
}
