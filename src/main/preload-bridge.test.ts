import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async () => ({ ok: true, result: null })),
  on: vi.fn(),
  removeListener: vi.fn()
}))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener }
}))

await import('../preload/index')

describe('the preload (what the renderer can reach)', () => {
  it('exposes one object, window.dossier, of a few functions; never ipcRenderer itself', () => {
    expect([...electron.exposed.keys()]).toEqual(['dossier'])
    const bridge = electron.exposed.get('dossier') as Record<string, unknown>
    const allowed = ['invoke', 'onChange', 'onProgress', 'onMenu', 'printToPdf', 'platform']
    for (const key of Object.keys(bridge))
      expect(allowed, `unexpected ${key} on window.dossier`).toContain(key)
    for (const value of Object.values(bridge)) {
      expect(value).not.toHaveProperty('send')
      expect(value).not.toHaveProperty('sendSync')
    }
  })

  it('invoke always uses the one invoke channel, with the op as a string', async () => {
    const bridge = electron.exposed.get('dossier') as {
      invoke(op: unknown, input: unknown): Promise<unknown>
    }
    await bridge.invoke({ toString: () => 'documents.list' }, {})
    expect(electron.invoke).toHaveBeenCalledWith('dossier:invoke', 'documents.list', {})
  })

  it('menu commands outside the known list never reach the renderer', () => {
    const bridge = electron.exposed.get('dossier') as { onMenu(l: (c: string) => void): () => void }
    const listener = vi.fn()
    bridge.onMenu(listener)
    const handler = electron.on.mock.calls.find(([channel]) => channel === 'dossier:menu')![1] as (
      e: unknown,
      c: string
    ) => void
    handler({}, 'undo')
    handler({}, 'eval')
    expect(listener.mock.calls).toEqual([['undo']])
  })
})
