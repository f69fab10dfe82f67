import { app, dialog, session, shell, type BrowserWindow, type WebContents } from 'electron'
import { decideNavigation, decidePermission, decideWindowOpen } from './app-url-policy'
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../transport/content-security-policy'

/** Asks before handing a web link to the system browser; never opens it inside Dossier. */
async function askToOpenExternally(url: string, parent: BrowserWindow | null): Promise<void> {
  const options = {
    type: 'question' as const,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url.length > 500 ? `${url.slice(0, 500)}…` : url
  }
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options)
  if (response === 0) await shell.openExternal(url)
}

/** Session-wide: permissions denied, CSP header on every response. */
export function installSessionGuards(devServerUrl: string | undefined): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)))
  ses.setPermissionCheckHandler((_contents, permission) => decidePermission(permission))
  const csp = devServerUrl ? devContentSecurityPolicy(new URL(devServerUrl).origin) : CONTENT_SECURITY_POLICY
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
}

/** Every webContents (including any created later): no navigation away, no new windows, no webviews. */
export function installWebContentsGuards(appEntryUrl: string, getWindow: () => BrowserWindow | null): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      const decision = decideNavigation(url, appEntryUrl)
      if (decision === 'allow') return
      event.preventDefault()
      if (decision === 'ask-external') void askToOpenExternally(url, getWindow())
    })
    contents.on('will-redirect', (event, url) => {
      if (decideNavigation(url, appEntryUrl) !== 'allow') event.preventDefault()
    })
    contents.setWindowOpenHandler(({ url }) => {
      if (decideWindowOpen(url) === 'ask-external') void askToOpenExternally(url, getWindow())
      return { action: 'deny' }
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}
