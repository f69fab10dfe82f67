import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, type MenuItemSpec } from './menu-template'

function setup(platform: string, isDev: boolean) {
  const actions = {
    newWorkspace: vi.fn(),
    openWorkspace: vi.fn(),
    importFiles: vi.fn(),
    exportWorkspace: vi.fn(),
    send: vi.fn()
  }
  return { actions, template: buildMenuTemplate({ platform, isDev, appName: 'Dossier', actions }) }
}
const menu = (template: MenuItemSpec[], label: string) =>
  template.find((m) => m.label?.replace('&', '') === label)
const item = (m: MenuItemSpec | undefined, label: string) => m?.submenu?.find((i) => i.label === label)
const roles = (m: MenuItemSpec | undefined) => m?.submenu?.map((i) => i.role).filter(Boolean)

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window, Help', () => {
    const { template } = setup('linux', false)
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help'])
  })

  it('File: workspace, import, merge and export dialogs, and Quit', () => {
    const { template, actions } = setup('linux', false)
    const file = menu(template, 'File')
    item(file, 'New Workspace…')?.click?.()
    item(file, 'Open Workspace…')?.click?.()
    item(file, 'Import…')?.click?.()
    item(file, 'Export…')?.click?.()
    item(file, 'Merge…')?.click?.()
    expect(actions.send.mock.calls).toEqual([['merge']])
    expect(actions.newWorkspace).toHaveBeenCalled()
    expect(actions.openWorkspace).toHaveBeenCalled()
    expect(actions.importFiles).toHaveBeenCalled()
    expect(actions.exportWorkspace).toHaveBeenCalled()
    expect(roles(file)).toContain('quit')
  })

  it('Edit: undo and redo go to the renderer, the keys stay with the page', () => {
    const { template, actions } = setup('linux', false)
    const edit = menu(template, 'Edit')
    const undo = item(edit, 'Undo')
    const redo = item(edit, 'Redo')
    expect(undo?.role).toBeUndefined()
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false })
    undo?.click?.()
    redo?.click?.()
    expect(actions.send.mock.calls).toEqual([['undo'], ['redo']])
    expect(roles(edit)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']))
  })

  it('View: developer tools only in development', () => {
    expect(roles(menu(setup('linux', false).template, 'View'))).not.toContain('toggleDevTools')
    const devView = roles(menu(setup('linux', true).template, 'View'))
    expect(devView).toContain('toggleDevTools')
    expect(devView).toEqual(
      expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    )
  })

  it('macOS gets the app menu first', () => {
    const { template } = setup('darwin', false)
    expect(template[0]?.label).toBe('Dossier')
    expect(roles(template[0])).toContain('quit')
  })
})
