import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChangeEvent, EntityKind } from '../../../shared/api'
import { queryClient, readQuery } from './query-client'

const mocks = vi.hoisted(() => ({
  listeners: new Set<(e: unknown) => void>(),
  speakers: vi.fn(),
  statement: vi.fn()
}))

vi.mock('./api', () => ({
  api: { 'speakers.list': mocks.speakers, 'statements.get': mocks.statement },
  onChange: (listener: (e: unknown) => void) => {
    mocks.listeners.add(listener)
    return () => mocks.listeners.delete(listener)
  }
}))

const emit = (...kinds: EntityKind[]) => {
  const event: ChangeEvent = { version: 1, label: 'x', kinds, documentIds: ['d1'] }
  mocks.listeners.forEach((l) => l(event))
}

beforeEach(() => {
  queryClient.clear()
  mocks.speakers.mockReset()
  mocks.statement.mockReset()
})

describe('readQuery', () => {
  it('answers from the cache until a change touches the answer', async () => {
    mocks.speakers
      .mockResolvedValueOnce([{ id: 'sp1', name: 'Peskov' }])
      .mockResolvedValueOnce([{ id: 'sp1', name: 'Dmitry Peskov' }])
    expect(await readQuery('speakers.list', {})).toEqual([{ id: 'sp1', name: 'Peskov' }])
    emit('statement', 'document')
    expect(await readQuery('speakers.list', {})).toEqual([{ id: 'sp1', name: 'Peskov' }])
    expect(mocks.speakers).toHaveBeenCalledTimes(1)
    emit('speaker')
    expect(await readQuery('speakers.list', {})).toEqual([{ id: 'sp1', name: 'Dmitry Peskov' }])
    expect(mocks.speakers).toHaveBeenCalledTimes(2)
  })

  it('asks once for callers asking at the same time, and once per input', async () => {
    mocks.statement.mockImplementation(async ({ id }: { id: string }) => ({ id }))
    const answers = await Promise.all([
      readQuery('statements.get', { id: 's1' }),
      readQuery('statements.get', { id: 's1' }),
      readQuery('statements.get', { id: 's2' })
    ])
    expect(answers).toEqual([{ id: 's1' }, { id: 's1' }, { id: 's2' }])
    expect(mocks.statement).toHaveBeenCalledTimes(2)
  })

  it('gives a caller waiting on an answer that a change made stale the answer asked after it', async () => {
    let answerOld!: (v: unknown) => void
    mocks.statement
      .mockReturnValueOnce(new Promise((resolve) => (answerOld = resolve)))
      .mockResolvedValueOnce({ themeIds: ['t1'] })
    const waiting = readQuery('statements.get', { id: 's1' })
    emit('statement')
    answerOld({ themeIds: [] })
    expect(await waiting).toEqual({ themeIds: ['t1'] })
    expect(mocks.statement).toHaveBeenCalledTimes(2)
  })

  it('rejects with the error and asks again next time', async () => {
    mocks.speakers.mockRejectedValueOnce(new Error('down')).mockResolvedValueOnce([])
    await expect(readQuery('speakers.list', {})).rejects.toThrow('down')
    await expect(readQuery('speakers.list', {})).resolves.toEqual([])
  })
})
