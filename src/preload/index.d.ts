import type { ApiErrorBody, ChangeEvent, ProgressEvent } from '../shared/api'

/** Commands the desktop app's menu sends to the renderer. */
export type MenuCommand = 'undo' | 'redo' | 'find' | 'shortcuts' | 'merge'

/** What `window.dossier.invoke` resolves to: the core's result, or the ApiError it threw, as data. */
export type DossierReply = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody }

/** The whole surface the preload exposes to the renderer (desktop app only; absent in browser mode). */
export interface DossierBridge {
  invoke(op: string, input: unknown): Promise<DossierReply>
  onChange(listener: (event: ChangeEvent) => void): () => void
  onProgress(listener: (event: ProgressEvent) => void): () => void
  onMenu(listener: (command: MenuCommand) => void): () => void
  /** The print-ready HTML report as PDF (Chromium's printToPDF in a hidden window that runs no script). */
  printToPdf?(html: string): Promise<Uint8Array>
  readonly platform: string
}

declare global {
  interface Window {
    dossier?: DossierBridge
  }
}
