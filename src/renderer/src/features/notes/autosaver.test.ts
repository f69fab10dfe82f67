import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosaver, type SaveStatus } from './autosaver'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('createAutosaver', () => {
  it('debounces: many schedules, one save of the latest value, built lazily', async () => {
    const saved: number[] = []
    const statuses: SaveStatus[] = []
    let builds = 0
    const s = createAutosaver<number>({
      delayMs: 600,
      save: async (v) => void saved.push(v),
      onStatus: (st) => statuses.push(st)
    })
    for (let i = 1; i <= 5; i++) {
      s.schedule(() => (builds++, i))
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(saved).toEqual([])
    await vi.advanceTimersByTimeAsync(600)
    expect(saved).toEqual([5])
    expect(builds).toBe(1)
    expect(statuses).toEqual(['dirty', 'saving', 'saved'])
  })

  it('flush saves at once and does nothing when clean', async () => {
    const save = vi.fn(async () => {})
    const s = createAutosaver<string>({ delayMs: 600, save })
    await s.flush()
    expect(save).not.toHaveBeenCalled()
    s.schedule(() => 'x')
    await s.flush()
    expect(save).toHaveBeenCalledWith('x')
    await vi.advanceTimersByTimeAsync(1000)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('never overlaps saves', async () => {
    let active = 0
    let maxActive = 0
    const s = createAutosaver<number>({
      delayMs: 10,
      save: async () => {
        active++
        maxActive = Math.max(maxActive, active)
        await new Promise((r) => setTimeout(r, 50))
        active--
      }
    })
    s.schedule(() => 1)
    await vi.advanceTimersByTimeAsync(15)
    s.schedule(() => 2)
    void s.flush()
    await vi.advanceTimersByTimeAsync(200)
    expect(maxActive).toBe(1)
    expect(s.status).toBe('saved')
  })

  it('keeps a failed value and retries it on the next flush', async () => {
    const errors: unknown[] = []
    let fail = true
    const saved: string[] = []
    const s = createAutosaver<string>({
      delayMs: 10,
      save: async (v) => {
        if (fail) throw new Error('disk full')
        saved.push(v)
      },
      onError: (e) => errors.push(e)
    })
    s.schedule(() => 'draft')
    await s.flush()
    expect(s.status).toBe('error')
    expect(errors).toHaveLength(1)
    fail = false
    await s.flush()
    expect(saved).toEqual(['draft'])
    expect(s.status).toBe('saved')
  })
})
