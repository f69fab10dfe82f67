import { basename } from 'node:path'
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import { ApiError } from '../shared/api/errors'
import type { ImportResult } from '../shared/api/views'
import { describeImport, exportToFile, importFile } from './import-export-files'
import { EXPORT_FILTERS, IMPORT_EXTENSIONS, exportFormatFor } from './export-format'
import type { MenuActions } from './menu-template'
import type { MenuCommand } from '../transport/ipc-channels'
import { IPC_MENU } from '../transport/ipc-channels'
import type { WorkspaceSession } from './workspace-session'

function describe(err: unknown): string {
  return err instanceof ApiError ? err.message : 'An unexpected error occurred; details are in the log.'
}

/** The File menu's native dialogs, and the renderer-bound Edit/Help commands. */
export function createMenuActions(
  session: WorkspaceSession,
  getWindow: () => BrowserWindow | null
): MenuActions {
  const showError = (title: string, err: unknown): void => {
    if (!(err instanceof ApiError)) console.error(`[dossier] ${title}:`, err)
    dialog.showErrorBox(title, describe(err))
  }
  const showOpen = (options: OpenDialogOptions) => {
    const win = getWindow()
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options)
  }
  const showSave = (options: SaveDialogOptions) => {
    const win = getWindow()
    return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options)
  }
  const pickFolder = async (title: string, buttonLabel: string): Promise<string | null> => {
    const result = await showOpen({ title, buttonLabel, properties: ['openDirectory', 'createDirectory'] })
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
  const switchTo = async (dir: string, create?: 'seeded' | 'empty'): Promise<void> => {
    try {
      await session.open(dir, create)
      getWindow()?.webContents.reload()
    } catch (err) {
      showError('Could not open the workspace', err)
    }
  }

  return {
    async newWorkspace() {
      const dir = await pickFolder('Choose an empty folder for the new workspace', 'Create Workspace')
      if (dir) await switchTo(dir, 'empty')
    },
    async openWorkspace() {
      const dir = await pickFolder('Open a Dossier workspace folder', 'Open Workspace')
      if (dir) await switchTo(dir)
    },
    async importFiles() {
      const core = session.current()
      if (!core) return
      const result = await showOpen({
        title: 'Import documents',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Documents', extensions: IMPORT_EXTENSIONS }]
      })
      const results: ImportResult[] = []
      for (const path of result.canceled ? [] : result.filePaths) {
        try {
          results.push(await importFile(core, path))
        } catch (err) {
          showError(`Could not import ${basename(path)}`, err)
        }
      }
      const report = describeImport(results)
      if (report) {
        const win = getWindow()
        const info = { type: 'info' as const, message: 'Import finished with remarks', detail: report }
        await (win ? dialog.showMessageBox(win, info) : dialog.showMessageBox(info))
      }
    },
    async exportWorkspace() {
      const core = session.current()
      if (!core) return
      const result = await showSave({
        title: 'Export',
        defaultPath: 'dossier-export.md',
        filters: EXPORT_FILTERS,
        properties: ['showOverwriteConfirmation', 'createDirectory'] // Linux does not ask unless told
      })
      if (result.canceled || !result.filePath) return
      const format = exportFormatFor(result.filePath)
      if (!format) {
        const known = EXPORT_FILTERS.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(', ')
        return dialog.showErrorBox('Choose a file type', `Export writes one of: ${known}.`)
      }
      try {
        await exportToFile(core, format, result.filePath)
      } catch (err) {
        showError('Could not export', err)
      }
    },
    send(command: MenuCommand) {
      const win = getWindow()
      if (win && !win.isDestroyed()) win.webContents.send(IPC_MENU, command)
    }
  }
}
