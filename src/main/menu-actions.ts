import { dialog, type BrowserWindow } from 'electron'
import { ApiError } from '../shared/api/errors'
import { isOpName } from '../shared/api/contract'
import { EXPORT_FILTERS, IMPORT_EXTENSIONS, exportFormatFor } from './export-format'
import type { MenuActions } from './menu-template'
import type { MenuCommand } from './ipc-channels'
import { IPC_MENU } from './ipc-channels'
import type { WorkspaceSession } from './workspace-session'

const IMPORT_OP = 'import.file'
const EXPORT_OP = 'export.run'

function describe(err: unknown): string {
  return err instanceof ApiError ? err.message : 'An unexpected error occurred; details are in the log.'
}

/** The File menu's native dialogs, and the renderer-bound Edit/Help commands. */
export function createMenuActions(session: WorkspaceSession, getWindow: () => BrowserWindow | null): MenuActions {
  const showError = (title: string, err: unknown): void => {
    if (!(err instanceof ApiError)) console.error(`[dossier] ${title}:`, err)
    dialog.showErrorBox(title, describe(err))
  }
  const pickFolder = async (title: string, buttonLabel: string): Promise<string | null> => {
    const win = getWindow()
    const options = { title, buttonLabel, properties: ['openDirectory', 'createDirectory'] as const }
    const result = win
      ? await dialog.showOpenDialog(win, { ...options, properties: [...options.properties] })
      : await dialog.showOpenDialog({ ...options, properties: [...options.properties] })
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
  const unavailable = (what: string): void => {
    dialog.showErrorBox(`${what} is not available`, `${what} is not supported by this version of Dossier yet.`)
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
      if (!isOpName(IMPORT_OP)) return unavailable('Import')
      const win = getWindow()
      const options = {
        title: 'Import documents',
        properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
        filters: [{ name: 'Documents', extensions: IMPORT_EXTENSIONS }]
      }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      for (const path of result.canceled ? [] : result.filePaths) {
        try {
          await core.dispatch(IMPORT_OP, { path })
        } catch (err) {
          showError(`Could not import ${path}`, err)
        }
      }
    },
    async exportWorkspace() {
      const core = session.current()
      if (!core) return
      if (!isOpName(EXPORT_OP)) return unavailable('Export')
      const win = getWindow()
      const options = { title: 'Export', defaultPath: 'dossier-export.md', filters: EXPORT_FILTERS }
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return
      try {
        await core.dispatch(EXPORT_OP, { path: result.filePath, format: exportFormatFor(result.filePath) })
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
