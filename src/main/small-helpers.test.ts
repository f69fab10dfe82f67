import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../shared/api/errors'
import { EXPORT_FILTERS, exportFormatFor } from './export-format'
import { toErrorBody, toReply } from '../transport/reply-envelope'
import { createWorkspaceSession } from './workspace-session'
import type { CoreService } from '../core/core-service'

describe('exportFormatFor', () => {
  it('maps the chosen extension to a format', () => {
    expect(exportFormatFor('/tmp/report.MD')).toBe('markdown')
    expect(exportFormatFor('/tmp/a.b/notes.jsonld')).toBe('w3c')
    expect(exportFormatFor('/tmp/project.qdpx')).toBe('qdpx')
    expect(exportFormatFor('/tmp/out')).toBeNull()
    expect(exportFormatFor('/tmp/out.docx')).toBe('docx')
    expect(exportFormatFor('/tmp/out.pdf')).toBeNull()
  })

  it('offers a filter for every extension it maps', () => {
    for (const filter of EXPORT_FILTERS)
      for (const ext of filter.extensions) expect(exportFormatFor(`x.${ext}`)).not.toBeNull()
  })
})

describe('toErrorBody / toReply', () => {
  it('keeps ApiErrors and hides anything else', async () => {
    const log = vi.fn()
    expect(toErrorBody(new ApiError('CONFLICT', 'taken'), 'x', log)).toEqual({
      code: 'CONFLICT',
      message: 'taken'
    })
    expect(log).not.toHaveBeenCalled()
    const hidden = toErrorBody(new Error('/home/a/secret path'), 'notes.create', log)
    expect(hidden.code).toBe('INTERNAL')
    expect(hidden.message).not.toMatch(/secret/)
    expect(log).toHaveBeenCalled()
    await expect(toReply(async () => 42, 'x')).resolves.toEqual({ ok: true, result: 42 })
  })
})

describe('createWorkspaceSession', () => {
  const fakeCore = (dir: string): CoreService => ({
    dir,
    dispatch: vi.fn(),
    onChange: () => () => {},
    onProgress: () => () => {},
    close: vi.fn(async () => {})
  })

  it('opens the new workspace before closing the old one, and keeps the old one when opening fails', async () => {
    const opened: string[] = []
    const openCore = vi.fn(async (dir: string) => {
      if (dir.endsWith('broken')) throw new ApiError('DAMAGED', 'broken')
      return fakeCore(dir)
    })
    const session = createWorkspaceSession(openCore, (core) => opened.push(core.dir))
    const first = await session.open('/w/a', 'seeded')
    expect(openCore).toHaveBeenCalledWith(resolve('/w/a'), {
      create: 'seeded',
      warmImports: true,
      sync: 'saved'
    })
    await expect(session.open('/w/broken')).rejects.toThrow('broken')
    expect(session.current()).toBe(first)
    expect(first.close).not.toHaveBeenCalled()
    expect(await session.open('/w/a')).toBe(first)
    const second = await session.open('/w/b')
    expect(first.close).toHaveBeenCalled()
    expect(session.current()).toBe(second)
    expect(opened).toEqual([resolve('/w/a'), resolve('/w/b')])
    await session.close()
    expect(session.current()).toBeNull()
  })
})
