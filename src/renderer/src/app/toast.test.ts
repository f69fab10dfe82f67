import { afterEach, describe, expect, it, vi } from 'vitest'
import { dismiss, notify, toastStore } from './toast'

afterEach(() => {
  for (const t of toastStore.getState().toasts) dismiss(t.id)
  vi.useRealTimers()
})

describe('notify', () => {
  it('does not repeat a message already on screen', () => {
    const a = notify('Saved')
    expect(notify('Saved')).toBe(a)
    expect(toastStore.getState().toasts).toHaveLength(1)
  })

  it('carries an action, replaces the same message shown before, and stays longer', () => {
    vi.useFakeTimers()
    const run = vi.fn()
    notify('Highlighted')
    const id = notify('Highlighted', 'info', { label: 'Undo', run })
    const toasts = toastStore.getState().toasts
    expect(toasts).toHaveLength(1)
    expect(toasts[0]).toMatchObject({ id, action: { label: 'Undo' } })
    toasts[0]!.action!.run()
    expect(run).toHaveBeenCalledOnce()
    vi.advanceTimersByTime(5000)
    expect(toastStore.getState().toasts).toHaveLength(1)
    vi.advanceTimersByTime(5000)
    expect(toastStore.getState().toasts).toHaveLength(0)
  })
})
