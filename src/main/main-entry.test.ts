import { describe, expect, it, vi } from 'vitest'

// The entry module runs at import: every collaborator is a recorder, so the order of the calls can be checked.
const calls = vi.hoisted(() => [] as string[])
const ready = vi.hoisted(() => {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
})
vi.mock('electron', () => ({
  app: {
    isPackaged: false,
    name: 'Dossier',
    requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
    enableSandbox: () => calls.push('enableSandbox'),
    on: () => {},
    whenReady: () => ready.promise,
    getPath: () => '/tmp/documents',
    exit: () => calls.push('exit'),
    quit: () => {}
  },
  BrowserWindow: class {},
  dialog: { showErrorBox: () => calls.push('showErrorBox') },
  Menu: { setApplicationMenu: () => {}, buildFromTemplate: () => ({}) }
}))
vi.mock('./install-guards', () => ({
  installSessionGuards: () => calls.push('installSessionGuards'),
  installWebContentsGuards: () => calls.push('installWebContentsGuards')
}))
vi.mock('./guard-export-downloads', () => ({
  guardExportDownloads: () => calls.push('guardExportDownloads')
}))
vi.mock('./ipc-bridge', () => ({
  registerIpcBridge: () => calls.push('registerIpcBridge'),
  forwardChanges: () => () => {}
}))
vi.mock('./print-report-pdf', () => ({
  registerReportPdf: () => calls.push('registerReportPdf')
}))
vi.mock('./main-window', () => ({
  createMainWindow: () => (calls.push('createMainWindow'), { on: () => {}, isDestroyed: () => false })
}))
vi.mock('./workspace-session', () => ({
  createWorkspaceSession: () => ({
    open: async () => calls.push('openWorkspace'),
    current: () => null,
    close: async () => {}
  })
}))
vi.mock('../core/open-core', () => ({ openCore: async () => ({}) }))
vi.mock('./menu-actions', () => ({ createMenuActions: () => ({}) }))
vi.mock('./menu-template', () => ({ buildMenuTemplate: () => [] }))

describe('the main process entry', () => {
  it('sandboxes every renderer and installs the guards before any window exists', async () => {
    await import('./index')
    expect(calls.slice(0, 2)).toEqual(['requestSingleInstanceLock', 'enableSandbox'])
    ready.resolve()
    await vi.waitFor(() => expect(calls).toContain('createMainWindow'))
    const at = (name: string) => calls.indexOf(name)
    expect(at('installSessionGuards')).toBeGreaterThan(-1)
    expect(at('installSessionGuards')).toBeLessThan(at('createMainWindow'))
    expect(at('installWebContentsGuards')).toBeLessThan(at('createMainWindow'))
    expect(at('guardExportDownloads')).toBeGreaterThan(-1)
    expect(at('guardExportDownloads')).toBeLessThan(at('createMainWindow'))
    expect(at('registerIpcBridge')).toBeLessThan(at('createMainWindow'))
    expect(at('registerReportPdf')).toBeGreaterThan(-1)
    expect(at('registerReportPdf')).toBeLessThan(at('createMainWindow'))
    expect(calls).not.toContain('showErrorBox')
  })
})
