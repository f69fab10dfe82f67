/**
 * Decisions about URLs in the Electron shell. `appEntryUrl` is where the renderer is loaded from: the file URL
 * of out/renderer/index.html, or the Vite dev server URL in development.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** True when `url` is a page of our renderer (ignoring query and fragment). */
export function isAppUrl(url: string, appEntryUrl: string): boolean {
  const target = parse(url)
  const entry = parse(appEntryUrl)
  if (!target || !entry) return false
  if (entry.protocol === 'file:') return target.protocol === 'file:' && target.pathname === entry.pathname
  if (entry.protocol !== 'http:' && entry.protocol !== 'https:') return false
  return target.origin === entry.origin
}

export const isExternalWebUrl = (url: string): boolean => {
  const target = parse(url)
  return target !== null && (target.protocol === 'https:' || target.protocol === 'http:')
}

export type UrlDecision = 'allow' | 'deny' | 'ask-external'

/** will-navigate: the window stays on the app; web links may be opened in the browser after asking. */
export function decideNavigation(url: string, appEntryUrl: string): UrlDecision {
  if (isAppUrl(url, appEntryUrl)) return 'allow'
  return isExternalWebUrl(url) ? 'ask-external' : 'deny'
}

/** setWindowOpenHandler: never a new Electron window; web links may be opened in the browser after asking. */
export function decideWindowOpen(url: string): Exclude<UrlDecision, 'allow'> {
  return isExternalWebUrl(url) ? 'ask-external' : 'deny'
}

export interface SenderInfo {
  /** The frame's URL; null when the frame is gone. */
  frameUrl: string | null
  /** The frame is the top frame of the main window's webContents. */
  isMainWindowTopFrame: boolean
}

/** An IPC call is served only for the main window's top frame showing our renderer. */
export function isTrustedSender(sender: SenderInfo, appEntryUrl: string): boolean {
  return sender.isMainWindowTopFrame && sender.frameUrl !== null && isAppUrl(sender.frameUrl, appEntryUrl)
}

/** Permission requests and checks (camera, notifications, clipboard-read, …): Dossier needs none. */
export function decidePermission(_permission: string): boolean {
  return false
}
