import type { MenuCommand } from '../transport/ipc-channels'

/** The subset of Electron's MenuItemConstructorOptions we use (structurally compatible; no electron import). */
export interface MenuItemSpec {
  label?: string
  role?: string
  type?: 'separator' | 'submenu'
  accelerator?: string
  /** false: the accelerator is shown but the key press is left to the renderer (Linux/Windows only). */
  registerAccelerator?: boolean
  submenu?: MenuItemSpec[]
  click?: () => void
}

export interface MenuActions {
  newWorkspace(): void
  openWorkspace(): void
  importFiles(): void
  exportWorkspace(): void
  send(command: MenuCommand): void
}

export interface MenuOptions {
  platform: string
  isDev: boolean
  appName: string
  actions: MenuActions
}

const separator: MenuItemSpec = { type: 'separator' }

/** The application menu. Undo/redo go to the renderer, which knows whether the editor or the workspace undoes. */
export function buildMenuTemplate({ platform, isDev, appName, actions }: MenuOptions): MenuItemSpec[] {
  const isMac = platform === 'darwin'
  const toRenderer = (label: string, command: MenuCommand, accelerator?: string): MenuItemSpec => ({
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => actions.send(command)
  })

  const appMenu: MenuItemSpec[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' }
          ]
        }
      ]
    : []

  const file: MenuItemSpec = {
    label: '&File',
    submenu: [
      { label: 'New Workspace…', accelerator: 'CmdOrCtrl+Shift+N', click: actions.newWorkspace },
      { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
      separator,
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: actions.importFiles },
      toRenderer('Merge…', 'merge'),
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: actions.exportWorkspace },
      separator,
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' }
    ]
  }

  const edit: MenuItemSpec = {
    label: '&Edit',
    submenu: [
      toRenderer('Undo', 'undo', 'CmdOrCtrl+Z'),
      toRenderer('Redo', 'redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      toRenderer('Find…', 'find')
    ]
  }

  const view: MenuItemSpec = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(isDev ? [{ role: 'toggleDevTools' }] : []),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' }
    ]
  }

  const windowMenu: MenuItemSpec = {
    label: '&Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }]
  }

  const help: MenuItemSpec = {
    label: '&Help',
    role: 'help',
    submenu: [toRenderer('Keyboard Shortcuts', 'shortcuts', 'F1'), ...(isMac ? [] : [{ role: 'about' }])]
  }

  return [...appMenu, file, edit, view, windowMenu, help]
}
