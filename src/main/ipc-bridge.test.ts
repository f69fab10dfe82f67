import { describe, expect, it, vi } from 'vitest'
import type { CoreService } from '../core/core-service'
import { IPC_INVOKE } from '../transport/ipc-channels'

const electron = vi.hoisted(() => ({ handlers: new Map<string, (...args: unknown[]) => Promise<unknown>>() }))
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (...args: unknown[]) => Promise<unknown>) =>
      electron.handlers.set(channel, fn)
  }
}))

const { registerIpcBridge } = await import('./ipc-bridge')

const ENTRY = 'file:///app/out/renderer/index.html'
const mainFrame = { url: ENTRY, parent: null, processId: 1, routingId: 1 }
const webContents = { mainFrame }
const win = { isDestroyed: () => false, webContents }
const dispatch = vi.fn(async (op: string) => ({ op }))
const core = { dispatch } as unknown as CoreService

registerIpcBridge({ appEntryUrl: ENTRY, getCore: () => core, getWindow: () => win as never })
const invoke = (event: unknown, op: unknown, input: unknown = {}) =>
  electron.handlers.get(IPC_INVOKE)!(event, op, input)

describe('the IPC bridge (ipcMain dossier:invoke)', () => {
  it('serves the main window’s top frame', async () => {
    const reply = await invoke({ sender: webContents, senderFrame: mainFrame }, 'documents.list')
    expect(reply).toEqual({ ok: true, result: { op: 'documents.list' } })
  })

  it('refuses other frames, other windows and other pages, without calling the core', async () => {
    dispatch.mockClear()
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const untrusted = [
      { sender: webContents, senderFrame: { ...mainFrame, parent: mainFrame, routingId: 2 } },
      { sender: {}, senderFrame: mainFrame },
      { sender: webContents, senderFrame: { ...mainFrame, url: 'https://evil.example/' } },
      { sender: webContents, senderFrame: null }
    ]
    for (const event of untrusted) {
      const reply = (await invoke(event, 'notes.delete', { id: 'x' })) as {
        ok: boolean
        error: { code: string }
      }
      expect(reply.ok).toBe(false)
      expect(reply.error.code).toBe('INVALID_INPUT')
    }
    expect(dispatch).not.toHaveBeenCalled()
    log.mockRestore()
  })

  it('refuses unknown operations and non-string names before the core', async () => {
    dispatch.mockClear()
    const event = { sender: webContents, senderFrame: mainFrame }
    for (const op of [
      'workspace.drop',
      '__proto__',
      'constructor',
      42,
      { toString: () => 'documents.list' }
    ]) {
      const reply = (await invoke(event, op)) as { ok: boolean; error: { code: string } }
      expect(reply.error.code).toBe('UNKNOWN_OP')
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('never returns a thrown error or stack: only its code and message', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    dispatch.mockRejectedValueOnce(new Error('secret detail at /home/user/file.ts:12'))
    const reply = await invoke({ sender: webContents, senderFrame: mainFrame }, 'documents.list')
    expect(JSON.stringify(reply)).not.toMatch(/secret|\.ts:\d/)
    log.mockRestore()
  })
})
