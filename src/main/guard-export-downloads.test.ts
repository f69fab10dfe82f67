import { join } from 'node:path'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fileFolder } from '../core/testing/temp-folder'
import { openCore } from '../core/open-core'

// Electron cannot run here: the module is replaced by recorders, and the wiring is checked against them.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, (...args: unknown[]) => void>()
  return {
    listeners,
    dialog: { showSaveDialogSync: vi.fn((): string => ''), showErrorBox: vi.fn() },
    session: {
      defaultSession: {
        on: vi.fn((event: string, fn: (...args: unknown[]) => void) => listeners.set(event, fn))
      }
    }
  }
})
vi.mock('electron', () => electron)

const { guardExportDownloads } = await import('./guard-export-downloads')

const base = fileFolder('dossier-downloads-')
beforeAll(async () => {
  await (await openCore(join(base(), 'ws'), { create: 'empty' })).close()
})
beforeEach(() => vi.clearAllMocks())

function download(chosen: string) {
  electron.dialog.showSaveDialogSync.mockReturnValueOnce(chosen)
  const event = { preventDefault: vi.fn() }
  const item = { getFilename: () => 'Workspace.md', setSavePath: vi.fn() }
  guardExportDownloads(() => null)
  electron.listeners.get('will-download')!(event, item)
  return { event, item }
}

describe('guardExportDownloads (the Export dialog in the desktop app)', () => {
  it('asks where to save, with the overwrite question, and saves there', () => {
    const { event, item } = download(join(base(), 'report.md'))
    expect(electron.dialog.showSaveDialogSync).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: 'Workspace.md',
        properties: expect.arrayContaining(['showOverwriteConfirmation'])
      })
    )
    expect(item.setSavePath).toHaveBeenCalledWith(join(base(), 'report.md'))
    expect(event.preventDefault).not.toHaveBeenCalled()
  })

  it('refuses a path inside a workspace, saying so; nothing is saved', () => {
    const { event, item } = download(join(base(), 'ws', 'documents', 'report.md'))
    expect(event.preventDefault).toHaveBeenCalled()
    expect(item.setSavePath).not.toHaveBeenCalled()
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Could not export',
      expect.stringContaining(`inside a Dossier workspace (${join(base(), 'ws')})`)
    )
  })

  it('a cancelled dialog cancels the download', () => {
    const { event, item } = download('')
    expect(event.preventDefault).toHaveBeenCalled()
    expect(item.setSavePath).not.toHaveBeenCalled()
  })
})
