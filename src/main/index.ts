import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron'
import { openCore } from '../core/open-core'
import { ApiError } from '../shared/api/errors'
import { defaultWorkspaceDir } from '../core/default-workspace-dir'
import { guardExportDownloads } from './guard-export-downloads'
import { installSessionGuards, installWebContentsGuards } from './install-guards'
import { forwardChanges, registerIpcBridge } from './ipc-bridge'
import { registerReportPdf } from './print-report-pdf'
import { createMainWindow } from './main-window'
import { createMenuActions } from './menu-actions'
import { buildMenuTemplate } from './menu-template'
import { createWorkspaceSession } from './workspace-session'

const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined
const appEntryUrl = devServerUrl ?? new URL('../renderer/index.html', import.meta.url).href
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))

let mainWindow: BrowserWindow | null = null
const getWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null)

let stopForwarding: (() => void) | null = null
const session = createWorkspaceSession(openCore, (core) => {
  stopForwarding?.()
  stopForwarding = forwardChanges(core, getWindow)
})

function openWindow(): void {
  mainWindow = createMainWindow({ preloadPath, appEntryUrl })
  mainWindow.on('closed', () => (mainWindow = null))
}

async function start(): Promise<void> {
  if (app.isPackaged && !process.env.DOSSIER_SEED_DIR)
    process.env.DOSSIER_SEED_DIR = join(process.resourcesPath, 'seed')
  installSessionGuards(devServerUrl)
  guardExportDownloads(getWindow)
  installWebContentsGuards(appEntryUrl, getWindow)
  registerIpcBridge({ appEntryUrl, getCore: session.current, getWindow })
  registerReportPdf(appEntryUrl, getWindow)

  const dir = defaultWorkspaceDir(process.env, app.getPath('documents'))
  try {
    await session.open(dir, 'seeded')
  } catch (err) {
    if (!(err instanceof ApiError)) console.error('[dossier] opening the workspace failed:', err)
    const reason =
      err instanceof ApiError ? err.message : 'An unexpected error occurred; details are in the log.'
    dialog.showErrorBox('Dossier could not open its workspace', `${dir}\n\n${reason}`)
    app.exit(1)
    return
  }

  const actions = createMenuActions(session, getWindow)
  const template = buildMenuTemplate({
    platform: process.platform,
    isDev: !app.isPackaged,
    appName: app.name,
    actions
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]))
  openWindow()
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.enableSandbox()
  app.on('second-instance', () => {
    const win = getWindow()
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })
  app.on('activate', () => {
    if (!getWindow() && session.current()) openWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  let closing = false
  app.on('before-quit', (event) => {
    if (closing || !session.current()) return
    closing = true
    event.preventDefault()
    stopForwarding?.()
    session.close().finally(() => app.quit())
  })
  app.whenReady().then(start, (err) => {
    console.error('[dossier] startup failed:', err)
    app.exit(1)
  })
}
