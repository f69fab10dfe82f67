import { BrowserWindow } from 'electron'
import { secureWebPreferences } from './secure-web-preferences'

export interface MainWindowOptions {
  preloadPath: string
  /** The file URL of out/renderer/index.html, or the dev server URL. */
  appEntryUrl: string
}

export function createMainWindow({ preloadPath, appEntryUrl }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dossier',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath)
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(appEntryUrl)
  return win
}
