import { describe, expect, it, vi } from 'vitest'
import { ApiError, createClient } from '../../../shared/api'
import type { DossierBridge } from '../../../preload/index.d'
import { createIpcTransport } from './ipc-transport'

function bridge(reply: Awaited<ReturnType<DossierBridge['invoke']>>): DossierBridge {
  return {
    invoke: vi.fn(async () => reply),
    onChange: vi.fn(() => () => {}),
    onProgress: vi.fn(() => () => {}),
    onMenu: vi.fn(() => () => {}),
    platform: 'linux'
  }
}

describe('createIpcTransport', () => {
  it('unwraps results', async () => {
    const b = bridge({ ok: true, result: [{ id: 't1' }] })
    const api = createClient(createIpcTransport(b))
    await expect(api['themes.list']({})).resolves.toEqual([{ id: 't1' }])
    expect(b.invoke).toHaveBeenCalledWith('themes.list', {})
  })

  it('turns error replies into ApiErrors with code, message and issues', async () => {
    const b = bridge({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'no theme "x"', issues: [{ path: 'id', message: 'unknown' }] }
    })
    const api = createClient(createIpcTransport(b))
    const err = await api['themes.delete']({ id: 'x' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({
      code: 'NOT_FOUND',
      message: 'no theme "x"',
      issues: [{ path: 'id', message: 'unknown' }]
    })
  })

  it('subscribes to changes through the bridge', () => {
    const b = bridge({ ok: true, result: null })
    const listener = vi.fn()
    createIpcTransport(b).onChange(listener)
    expect(b.onChange).toHaveBeenCalledWith(listener)
  })
})
