import { describe, expect, it, vi } from 'vitest'
import { secureWebPreferences } from './secure-web-preferences'

const electron = vi.hoisted(() => {
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = []
  class BrowserWindow {
    loadURL = vi.fn(async () => {})
    once = vi.fn()
    show = vi.fn()
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this)
    }
  }
  return { windows, BrowserWindow }
})
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }))

const { createMainWindow } = await import('./main-window')

/** Settings that would weaken the renderer if present at all. */
const LOOSENING = [
  'enableBlinkFeatures',
  'additionalArguments',
  'nodeIntegrationInWorker',
  'enableRemoteModule'
]

describe('createMainWindow', () => {
  it('uses the secure web preferences, and nothing else in them', () => {
    createMainWindow({
      preloadPath: '/app/out/preload/index.cjs',
      appEntryUrl: 'file:///app/out/renderer/index.html'
    })
    const win = electron.windows[0]!
    const prefs = win.options.webPreferences as Record<string, unknown>
    expect(prefs).toEqual(secureWebPreferences('/app/out/preload/index.cjs'))
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false
    })
    for (const key of LOOSENING) if (key in prefs) expect(prefs[key], key).toBe(false)
    expect(win.loadURL).toHaveBeenCalledWith('file:///app/out/renderer/index.html')
    expect(win.options.show, 'shown only once ready').toBe(false)
  })
})
