import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startChildService } from './child-service'
import { under, type Measurement } from './measurement'

/** Resident and peak memory (MB) of a process, from /proc. */
async function memoryOf(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN)
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
}

/**
 * Starts the service on `dir` in its own process, uses it as the app would at first (claims page, a document,
 * a search, which builds the index), and reads its resident memory.
 */
export async function serviceMemory(dir: string): Promise<{ rss: number; peak: number }> {
  // The renderer's files are not needed: only the API is used.
  const service = await startChildService(dir, join(tmpdir(), 'no-renderer'), 'empty')
  try {
    await service.call('statements.list', { limit: 200 })
    const docs = (await service.call('documents.list', {})) as { id: string }[]
    if (docs[0]) await service.call('documents.get', { id: docs[0].id })
    await service.call('search.query', { q: 'nuclear escalation', limit: 40 })
    await new Promise((r) => setTimeout(r, 500))
    return await memoryOf(service.pid)
  } finally {
    await service.stop()
  }
}

/** RSS of the service with the workspace loaded, against the same service on an empty workspace. */
export async function benchMemory(dir: string, docs: number): Promise<Measurement> {
  const empty = await mkdtemp(join(tmpdir(), 'dossier-bench-empty-'))
  try {
    const base = await serviceMemory(join(empty, 'ws'))
    const loaded = await serviceMemory(dir)
    const mb = (x: number) => Math.round(x)
    return under(
      {
        what: `resident memory of the service with the ${docs.toLocaleString('en-US')}-document workspace loaded and searched (p95 = peak)`,
        unit: 'MB',
        p50: mb(loaded.rss),
        p95: mb(loaded.peak),
        n: 1,
        baseline: {
          what: 'the same service on an empty workspace',
          p50: mb(base.rss),
          p95: mb(base.peak),
          n: 1
        }
      },
      500,
      'p50'
    )
  } finally {
    await rm(empty, { recursive: true, force: true })
  }
}
