import {
  createClient,
  type Api,
  type ChangeEvent,
  type ProgressEvent,
  type Transport
} from '../../../shared/api'
import type { MenuCommand } from '../../../preload/index.d'
import { createHttpTransport } from './http-transport'
import { createIpcTransport } from './ipc-transport'
import { takeSessionToken } from './session-token'

// The only place that knows whether Dossier runs in Electron (preload present) or in a browser.
const transport: Transport = window.dossier
  ? createIpcTransport(window.dossier)
  : createHttpTransport({ token: takeSessionToken(window.location, window.sessionStorage, window.history) })

/** The typed API: `await api['themes.create']({ name })`. Rejects with ApiError. */
export const api: Api = createClient(transport)

/** Subscribes to the core's change events; returns the unsubscribe function. */
export function onChange(listener: (event: ChangeEvent) => void): () => void {
  return transport.onChange(listener)
}

/** Subscribes to progress of long operations (imports); returns the unsubscribe function. */
export function onProgress(listener: (event: ProgressEvent) => void): () => void {
  return transport.onProgress?.(listener) ?? (() => {})
}

/** Commands from the desktop app's menu (undo, redo, find, shortcuts). Never fires in browser mode. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.dossier?.onMenu(listener) ?? (() => {})
}

export type { MenuCommand }
