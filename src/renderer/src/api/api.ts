import {
  createClient,
  type Api,
  type ChangeEvent,
  type ProgressEvent,
  type Transport
} from '../../../shared/api'
import type { LiveOwner } from '../../../shared/api/live-editing'
import { createStore } from '../app/app-state'
import type { MenuCommand } from '../../../preload/index.d'
import { createHttpTransport } from './http-transport'
import { createIpcTransport } from './ipc-transport'
import { connectLiveBody, fetchLiveEditing, type LiveBody } from './live-body'
import { takeSessionToken } from './session-token'

// The only place that knows whether Dossier runs in Electron (preload present) or in a browser.
const token = window.dossier ? null : takeSessionToken(window.location, window.sessionStorage, window.history)
const transport: Transport =
  token === null ? createIpcTransport(window.dossier!) : createHttpTransport({ token })

/** Whether notes are co-edited live here: browser mode, on a server hosting live editors. Asked once, at start. */
export const liveEditing = createStore<{ on: boolean | null }>({ on: token === null ? false : null })
if (token !== null) void fetchLiveEditing(token).then((on) => liveEditing.setState({ on }))

/** Opens the live copy of a note body (only when `liveEditing` is on). */
export function openLiveBody(owner: LiveOwner, id: string): LiveBody {
  return connectLiveBody({ origin: `ws://${window.location.host}`, token: token ?? '', owner, id })
}

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
