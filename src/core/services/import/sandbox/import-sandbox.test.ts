import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { contentHash } from '../../ingest/content-hash'
import { ImportError } from '../imported-source'
import { ImportSandbox, type ImportSandboxOptions } from './import-sandbox'
import { ImportSandboxError } from './import-sandbox-error'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const ARTICLE = readFileSync(new URL('../../../../../resources/seed/article.txt', import.meta.url), 'utf8')
const MISBEHAVING = new URL('./test-workers/misbehaving-worker.mjs', import.meta.url)

const sandboxes: ImportSandbox[] = []
const sandbox = (opts: ImportSandboxOptions = {}): ImportSandbox => {
  const s = new ImportSandbox(opts)
  sandboxes.push(s)
  return s
}
const misbehaving = (opts: ImportSandboxOptions = {}): ImportSandbox =>
  sandbox({ workerUrl: MISBEHAVING, ...opts })
afterAll(() => Promise.all(sandboxes.map((s) => s.close())))

/** The error `promise` rejects with, and how long that took. */
async function refusal(promise: Promise<unknown>): Promise<{ error: Error; ms: number }> {
  const started = performance.now()
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e as Error
  )
  return { error, ms: performance.now() - started }
}

describe('ImportSandbox with the real worker', { timeout: 120_000 }, () => {
  it('reads and analyses a file in a worker thread, with progress; a warm worker starts at once', async () => {
    const s = sandbox()
    const labels = new Set<string>()
    let started = performance.now()
    const first = await s.run(enc(ARTICLE), 'article.txt', { onProgress: (_d, _t, l) => l && labels.add(l) })
    const cold = performance.now() - started
    expect(first.kind).toBe('source')
    if (first.kind !== 'source') return
    expect(first.source.text.length).toBeGreaterThan(5000)
    expect(first.analysis?.segmentation.sentences.length).toBeGreaterThan(40)
    expect(first.analysis?.text).toBe(first.source.text)
    expect(first.analysis?.header).toBeDefined()
    expect([...labels]).toContain('Finding statements and speakers in article.txt')

    started = performance.now()
    const second = await s.run(enc(ARTICLE.slice(0, 2000)), 'small.txt')
    const warm = performance.now() - started
    expect(second.kind).toBe('source')
    console.info(
      `import sandbox: first import (cold worker) ${cold.toFixed(0)} ms, 2 KB txt warm ${warm.toFixed(0)} ms`
    )
    expect(warm).toBeLessThan(cold)
  })

  it('stops after extraction when told to (a duplicate), without analysing', async () => {
    let seen: { textLength: number; contentHash: string } | null = null
    const r = await sandbox().run(enc(ARTICLE), 'again.txt', {
      onExtracted: (info) => ((seen = info), false)
    })
    expect(r).toMatchObject({ kind: 'source', analysis: null })
    if (r.kind !== 'source') return
    expect(seen).toEqual({ textLength: r.source.text.length, contentHash: contentHash(r.source.text) })
  })

  it('refuses a file whose reader needs more heap than the cap, then works again', async () => {
    const s = sandbox({ memoryMb: 96 })
    const para = 'The minister said that *this* is [a link](http://example.org) in a test. '.repeat(40)
    const { error } = await refusal(s.run(enc(`${para}\n\n`.repeat(900)), 'heavy.md'))
    expect(error).toBeInstanceOf(ImportError)
    expect(error.message).toBe('heavy.md needed more than 96 MB of memory')
    await expect(s.run(enc('A short text. It has two sentences.'), 'ok.txt')).resolves.toMatchObject({
      kind: 'source'
    })
  })
})

describe('ImportSandbox when the reader misbehaves', { timeout: 60_000 }, () => {
  it('passes an ImportError through and keeps the worker', async () => {
    const s = misbehaving()
    await expect(s.run(enc('x'), 'import-error.txt')).rejects.toThrow(
      'import-error.txt is not what it claims'
    )
    await expect(s.run(enc('x'), 'ok.txt')).resolves.toMatchObject({ kind: 'source' })
  })

  it('blames the file for a crash in its reader: a stack overflow, an uncaught exception, an exit', async () => {
    const s = misbehaving()
    await expect(s.run(enc('x'), 'stack.txt')).rejects.toThrow(
      new ImportError('stack.txt', 'stack.txt nests too deeply to read (the reader ran out of stack)')
    )
    const uncaught = await refusal(s.run(enc('x'), 'uncaught.txt'))
    expect(uncaught.error).toBeInstanceOf(ImportError)
    expect(uncaught.error.message).toBe(
      'uncaught.txt could not be read (TypeError: Cannot read properties of undefined (reading "kids"))'
    )
    const exit = await refusal(s.run(enc('x'), 'exit.txt'))
    expect(exit.error.message).toBe(
      'exit.txt could not be read (its reader stopped unexpectedly, exit code 7)'
    )
    await expect(s.run(enc('x'), 'ok.txt')).resolves.toMatchObject({ kind: 'source' })
  })

  it('stops a reader that runs past its time budget', async () => {
    const s = misbehaving({ readBudgetMs: () => 1000 })
    const { error, ms } = await refusal(s.run(enc('x'), 'spin.txt'))
    expect(error.message).toBe('spin.txt took longer than 1 s to read')
    expect(ms).toBeLessThan(3000)
    await expect(s.run(enc('x'), 'ok.txt')).resolves.toMatchObject({ kind: 'source' })
  })

  it('cancels a reader stuck in a loop within a second', async () => {
    const s = misbehaving()
    s.warm()
    const controller = new AbortController()
    const running = s.run(enc('x'), 'spin.txt', { signal: controller.signal })
    await new Promise((r) => setTimeout(r, 300))
    const { error, ms } = await refusal((controller.abort(), running))
    expect(error.name).toBe('AbortError')
    expect(ms).toBeLessThan(1000)
    await expect(s.run(enc('x'), 'ok.txt')).resolves.toMatchObject({ kind: 'source' })
  })

  it('refuses a reader that fills its heap', async () => {
    const { error } = await refusal(misbehaving({ memoryMb: 64 }).run(enc('x'), 'heap.txt'))
    expect(error.message).toBe('heap.txt needed more than 64 MB of memory')
  })

  it('refuses a reader whose buffers (outside the heap) grow the process too much', async () => {
    const { error, ms } = await refusal(misbehaving({ growthMb: 256 }).run(enc('x'), 'buffers.txt'))
    expect(error.message).toBe('buffers.txt needed more than 256 MB of memory')
    expect(ms).toBeLessThan(5000)
  })

  it('runs at most maxWorkers imports at once; a waiting one can be cancelled', async () => {
    const s = misbehaving({ maxWorkers: 1, readBudgetMs: () => 1500 })
    const first = refusal(s.run(enc('x'), 'spin.txt'))
    const controller = new AbortController()
    const queued = refusal(s.run(enc('x'), 'ok.txt', { signal: controller.signal }))
    const third = s.run(enc('x'), 'ok.txt')
    controller.abort()
    expect((await queued).error.name).toBe('AbortError')
    expect((await first).error.message).toMatch(/took longer than 2 s/)
    await expect(third).resolves.toMatchObject({ kind: 'source' })
  })

  it('reports a worker that cannot start as a sandbox error, not as the file’s fault', async () => {
    const s = sandbox({ workerUrl: new URL('./no-such-worker.mjs', import.meta.url) })
    const { error } = await refusal(s.run(enc('x'), 'ok.txt'))
    expect(error).toBeInstanceOf(ImportSandboxError)
    expect(error.message).toMatch(/^the import sandbox could not start: /)
  })
})
