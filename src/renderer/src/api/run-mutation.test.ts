import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../shared/api'
import { run } from './run-mutation'

const mocks = vi.hoisted(() => ({ create: vi.fn(), notify: vi.fn() }))
vi.mock('./api', () => ({ api: { 'themes.create': mocks.create } }))
vi.mock('../app/toast', () => ({ notify: mocks.notify }))

beforeEach(() => {
  mocks.create.mockReset()
  mocks.notify.mockReset()
})

describe('run', () => {
  it('returns the result', async () => {
    mocks.create.mockResolvedValue({ id: 't1' })
    await expect(run('themes.create', { name: 'Risk' })).resolves.toEqual({ id: 't1' })
    expect(mocks.create).toHaveBeenCalledWith({ name: 'Risk' })
    expect(mocks.notify).not.toHaveBeenCalled()
  })

  it('shows the error message as an error toast and resolves undefined', async () => {
    mocks.create.mockRejectedValue(new ApiError('CONFLICT', 'a theme named "Risk" already exists'))
    await expect(run('themes.create', { name: 'Risk' })).resolves.toBeUndefined()
    expect(mocks.notify).toHaveBeenCalledWith('a theme named "Risk" already exists', 'error')
  })
})
