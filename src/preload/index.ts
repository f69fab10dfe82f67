import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  IPC_CHANGE,
  IPC_INVOKE,
  IPC_MENU,
  IPC_PRINT_PDF,
  IPC_PROGRESS,
  MENU_COMMANDS
} from '../transport/ipc-channels'
import type { ChangeEvent, ProgressEvent } from '../shared/api/views'
import type { DossierBridge, DossierReply, MenuCommand } from './index.d'

function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, payload: T): void => listener(payload)
  ipcRenderer.on(channel, handler)
  return () => {
    ipcRenderer.removeListener(channel, handler)
  }
}

// Only these functions cross the bridge; ipcRenderer itself never does.
const bridge: DossierBridge = {
  invoke: (op: string, input: unknown): Promise<DossierReply> =>
    ipcRenderer.invoke(IPC_INVOKE, String(op), input),
  onChange: (listener: (event: ChangeEvent) => void) => subscribe(IPC_CHANGE, listener),
  onProgress: (listener: (event: ProgressEvent) => void) => subscribe(IPC_PROGRESS, listener),
  onMenu: (listener: (command: MenuCommand) => void) =>
    subscribe<MenuCommand>(IPC_MENU, (command) => {
      if ((MENU_COMMANDS as readonly string[]).includes(command)) listener(command)
    }),
  printToPdf: (html: string): Promise<Uint8Array> => ipcRenderer.invoke(IPC_PRINT_PDF, String(html)),
  platform: process.platform
}

contextBridge.exposeInMainWorld('dossier', bridge)
