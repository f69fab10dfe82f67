import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../transport/content-security-policy'

// Electron cannot run here: the module is replaced by recorders, and the wiring is checked against them.
const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  return {
    appListeners,
    app: { on: vi.fn((event: string, fn: (...args: unknown[]) => void) => appListeners.set(event, fn)) },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 1 })) },
    shell: { openExternal: vi.fn(async () => {}) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() }
      }
    }
  }
})
vi.mock('electron', () => electron)

const { installSessionGuards, installWebContentsGuards } = await import('./install-guards')

const ENTRY = 'file:///opt/Dossier/resources/app.asar/out/renderer/index.html'
const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'openExternal',
  'pointerLock',
  'hid'
]

beforeEach(() => vi.clearAllMocks())

describe('installSessionGuards', () => {
  it('denies every permission request and check', () => {
    installSessionGuards(undefined)
    const ses = electron.session.defaultSession
    const onRequest = ses.setPermissionRequestHandler.mock.calls[0]![0] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void
    ) => void
    const onCheck = ses.setPermissionCheckHandler.mock.calls[0]![0] as (c: unknown, p: string) => boolean
    for (const permission of PERMISSIONS) {
      const callback = vi.fn()
      onRequest({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(onCheck({}, permission)).toBe(false)
    }
  })

  it('puts the CSP on every response, the strict one for built files', () => {
    installSessionGuards(undefined)
    const onHeaders = electron.session.defaultSession.webRequest.onHeadersReceived.mock.calls[0]![0] as (
      d: { responseHeaders: Record<string, string[]> },
      cb: (r: { responseHeaders: Record<string, string[]> }) => void
    ) => void
    const callback = vi.fn()
    onHeaders({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback)
    expect(callback.mock.calls[0]![0].responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
    })
    installSessionGuards('http://localhost:5173/')
    const dev = electron.session.defaultSession.webRequest.onHeadersReceived.mock
      .calls[1]![0] as typeof onHeaders
    const devCallback = vi.fn()
    dev({ responseHeaders: {} }, devCallback)
    expect(devCallback.mock.calls[0]![0].responseHeaders['Content-Security-Policy'][0]).toContain(
      'ws://localhost:5173'
    )
  })
})

/** A stand-in webContents: an EventEmitter plus setWindowOpenHandler. */
function fakeContents() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: null as null | ((d: { url: string }) => { action: string }),
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
      contents.openHandler = fn
    }
  })
  return contents
}

function created() {
  installWebContentsGuards(ENTRY, () => null)
  const contents = fakeContents()
  electron.appListeners.get('web-contents-created')!({}, contents)
  return contents
}

const navigate = (contents: EventEmitter, event: string, url: string) => {
  const e = { preventDefault: vi.fn() }
  contents.emit(event, e, url)
  return e.preventDefault.mock.calls.length > 0
}

describe('installWebContentsGuards (every webContents, including later ones)', () => {
  it('will-navigate: stays on the app; web links are only offered to the browser; the rest is denied', async () => {
    const contents = created()
    expect(navigate(contents, 'will-navigate', `${ENTRY}#/notes`)).toBe(false)
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>1</script>',
      'smb://h/s'
    ]) {
      expect(navigate(contents, 'will-navigate', url), url).toBe(true)
    }
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled()
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true)
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1))
    expect(electron.shell.openExternal, 'Cancel opens nothing').not.toHaveBeenCalled()
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 })
    navigate(contents, 'will-navigate', 'https://example.com/article')
    await vi.waitFor(() =>
      expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/article')
    )
  })

  it('will-redirect away from the app is blocked', () => {
    const contents = created()
    expect(navigate(contents, 'will-redirect', 'https://evil.example/')).toBe(true)
    expect(navigate(contents, 'will-redirect', ENTRY)).toBe(false)
  })

  it('window.open never opens an Electron window', async () => {
    const contents = created()
    for (const url of [
      'https://example.com/',
      'about:blank',
      ENTRY,
      'javascript:alert(1)',
      'file:///etc/passwd'
    ])
      expect(contents.openHandler!({ url }), url).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1))
  })

  it('webviews are never attached', () => {
    const contents = created()
    expect(navigate(contents, 'will-attach-webview', 'https://evil.example/')).toBe(true)
  })
})
