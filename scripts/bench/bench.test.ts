import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPORT_FORMATS } from '../../src/shared/api'
import { CHANGES } from './bench-changes'
import { runSyncBench } from './bench-sync'
import { runCoreBench } from './core-bench'
import { makeCorpus, readManifest } from './make-corpus'
import type { Report } from './measurement'
import { reportTable } from './report-table'

// Checks that the benchmark runs and reports well-formed results on a tiny corpus. It asserts no timings.
let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-bench-test-'))
})
afterAll(() => rm(root, { recursive: true, force: true }))

const KEYS = [
  'open',
  'search',
  'filter',
  'analysis.matrix',
  'analysis.relations',
  'export.markdown',
  'export.json',
  ...EXPORT_FORMATS.map((f) => `export.stall.${f}`),
  'import.2kb',
  'import.1mb',
  ...CHANGES.map((c) => `change.${c}`),
  ...CHANGES.map((c) => `change.${c}@10x`),
  'memory',
  'analysis.graph.focus',
  'analysis.graph.whole',
  'analysis.timeline',
  'analysis.speakers'
]

describe('benchmark', () => {
  it('generates a reproducible corpus through the store', async () => {
    const a = await makeCorpus({ docs: 5, out: join(root, 'a'), seed: 3 })
    const b = await makeCorpus({ docs: 5, out: join(root, 'b'), seed: 3 })
    expect({ ...a, generatedMs: 0 }).toEqual({ ...b, generatedMs: 0 })
    expect(a).toMatchObject({
      docs: 5,
      documents: 6,
      themes: 40,
      annotations: 100,
      links: 25,
      notes: 3,
      speakers: 8
    })
    expect(a.statements).toBeGreaterThan(5 * 50)
    expect(await readManifest(join(root, 'a'))).toEqual(a)
  })

  it('runs the core measurements on a tiny corpus and reports each with its baseline', async () => {
    const corpus = join(root, 'c5')
    const big = join(root, 'c50')
    await makeCorpus({ docs: 5, out: corpus })
    await makeCorpus({ docs: 50, out: big, longWords: 500, longHighlights: 10 })
    const { report } = await runCoreBench({
      docs: 5,
      corpus,
      scale: 10,
      scaleCorpus: big,
      importBytes: 8 * 1024,
      reps: { open: 1, changes: 2, queries: 1, exports: 1, imports: 1 },
      log: () => {}
    })
    expect(Object.keys(report).sort()).toEqual([...KEYS].sort())
    const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x)
    for (const [key, m] of Object.entries(report as Report)) {
      expect(finite(m.p50) && finite(m.p95) && m.n > 0, key).toBe(true)
      expect(finite(m.baseline.p50) && finite(m.baseline.p95), key).toBe(true)
      expect(m.what.length > 0 && m.baseline.what.length > 0, key).toBe(true)
      if (m.budget) expect(typeof m.budget.pass, key).toBe('boolean')
    }
    expect(reportTable(report)).toContain('change.link@10x')
  }, 120_000)

  it('runs the sync measurements through a real sync-server on a tiny corpus', async () => {
    const corpus = join(root, 'c5')
    await makeCorpus({ docs: 5, out: corpus })
    const lines: string[] = []
    const { report } = await runSyncBench({ docs: 5, corpus, edits: 3, log: (l) => lines.push(l) })
    expect(Object.keys(report).sort()).toEqual([
      'sync.clone',
      'sync.memory.heap',
      'sync.memory.rss',
      'sync.propagation'
    ])
    expect(report['sync.propagation']!.n).toBe(3)
    for (const [key, m] of Object.entries(report as Report)) {
      expect(m.p50 > 0 && m.baseline.p50 > 0, key).toBe(true)
      expect(m.budget, key).toBeDefined()
    }
    // The clone reports its progress.
    expect(lines.some((l) => /exchanged changes with the server/.test(l))).toBe(true)
  }, 180_000)
})
