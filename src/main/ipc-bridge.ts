import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { ApiError } from '../shared/api/errors'
import { isOpName } from '../shared/api/contract'
import type { ChangeEvent } from '../shared/api/views'
import type { CoreService } from '../core/core-service'
import { isTrustedSender } from './app-url-policy'
import { IPC_CHANGE, IPC_INVOKE, IPC_PROGRESS } from '../transport/ipc-channels'
import { toReply, type ReplyEnvelope } from '../transport/reply-envelope'

export interface IpcBridgeOptions {
  appEntryUrl: string
  getCore: () => CoreService | null
  getWindow: () => BrowserWindow | null
}

/** Whether the sender is the main window's top frame at the app's own URL. */
export function senderIsTrusted(
  event: IpcMainInvokeEvent,
  appEntryUrl: string,
  win: BrowserWindow | null
): boolean {
  const frame = event.senderFrame
  const top = win && !win.isDestroyed() ? win.webContents.mainFrame : null
  const isMainWindowTopFrame =
    !!top &&
    !!frame &&
    event.sender === win?.webContents &&
    frame.parent === null &&
    frame.processId === top.processId &&
    frame.routingId === top.routingId
  return isTrustedSender({ frameUrl: frame?.url ?? null, isMainWindowTopFrame }, appEntryUrl)
}

/** Serves `window.dossier.invoke` for the main window only; the core validates the input with zod. */
export function registerIpcBridge({ appEntryUrl, getCore, getWindow }: IpcBridgeOptions): void {
  ipcMain.handle(IPC_INVOKE, async (event, op: unknown, input: unknown): Promise<ReplyEnvelope> => {
    if (!senderIsTrusted(event, appEntryUrl, getWindow())) {
      console.error(`[dossier] refused IPC from untrusted frame ${event.senderFrame?.url ?? '(gone)'}`)
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'This frame may not call Dossier operations.' }
      }
    }
    if (typeof op !== 'string' || !isOpName(op)) {
      return {
        ok: false,
        error: new ApiError('UNKNOWN_OP', `Unknown operation: ${String(op).slice(0, 80)}`).toJSON()
      }
    }
    const core = getCore()
    if (!core) return { ok: false, error: { code: 'LOCKED', message: 'No workspace is open.' } }
    return toReply(() => core.dispatch(op, input ?? {}), op)
  })
}

/** Forwards the core's change and progress events to the window; returns the unsubscribe function. */
export function forwardChanges(core: CoreService, getWindow: () => BrowserWindow | null): () => void {
  const send = (channel: string, payload: unknown) => {
    const win = getWindow()
    if (win && !win.isDestroyed()) win.webContents.send(channel, payload)
  }
  const offChange = core.onChange((change: ChangeEvent) => send(IPC_CHANGE, change))
  const offProgress = core.onProgress((progress) => send(IPC_PROGRESS, progress))
  return () => {
    offChange()
    offProgress()
  }
}
