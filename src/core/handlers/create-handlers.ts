import type { Handlers } from '../../shared/api'
import type { Workspace } from '../workspace'
import type { Tasks } from '../tasks'
import { analysisHandlers } from './analysis-handlers'
import { coderHandlers } from './coder-handlers'
import { analysisGraphHandlers } from './analysis-graph-handlers'
import { annotationHandlers } from './annotation-handlers'
import { documentHandlers } from './document-handlers'
import { exportHandlers } from './export-handlers'
import { importHandlers } from './import-handlers'
import { linkHandlers } from './link-handlers'
import { mergeHandlers } from './merge-handlers'
import { noteHandlers } from './note-handlers'
import { savedViewHandlers } from './saved-view-handlers'
import { speakerHandlers } from './speaker-handlers'
import { statementHandlers } from './statement-handlers'
import { themeHandlers } from './theme-handlers'
import { workspaceHandlers } from './workspace-handlers'

/** Every operation of the contract bound to one open workspace (except workspace.restore, which reopens it). */
export function createHandlers(ws: Workspace, tasks: Tasks): Omit<Handlers, 'workspace.restore'> {
  return {
    ...workspaceHandlers(ws),
    ...statementHandlers(ws),
    ...annotationHandlers(ws),
    ...themeHandlers(ws),
    ...speakerHandlers(ws),
    ...documentHandlers(ws),
    ...linkHandlers(ws),
    ...noteHandlers(ws),
    ...savedViewHandlers(ws),
    ...exportHandlers(ws, tasks),
    ...importHandlers(ws, tasks),
    ...analysisHandlers(ws),
    ...analysisGraphHandlers(ws),
    ...coderHandlers(ws),
    ...mergeHandlers(ws)
  }
}
