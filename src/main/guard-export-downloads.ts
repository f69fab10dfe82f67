import { dialog, session, type BrowserWindow, type SaveDialogOptions } from 'electron'
import { downloadRefusal } from './import-export-files'

/**
 * The Export dialog saves through a download. Here every download asks where to save it (the system dialog,
 * which asks before replacing a file) and is refused inside a Dossier workspace; Chromium writes it to a
 * temporary `.crdownload` file and renames it into place only when complete.
 */
export function guardExportDownloads(getWindow: () => BrowserWindow | null): void {
  session.defaultSession.on('will-download', (event, item) => {
    const win = getWindow()
    const options: SaveDialogOptions = {
      title: 'Save export',
      defaultPath: item.getFilename(),
      properties: ['showOverwriteConfirmation', 'createDirectory']
    }
    const path = win ? dialog.showSaveDialogSync(win, options) : dialog.showSaveDialogSync(options)
    if (!path) return event.preventDefault()
    const refusal = downloadRefusal(path)
    if (refusal) {
      event.preventDefault()
      dialog.showErrorBox('Could not export', refusal)
      return
    }
    item.setSavePath(path)
  })
}
