import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { withinFactor, type Measurement } from './measurement'

const CHILD = join(import.meta.dirname, 'sync-memory-child.ts')

/** Heap used and resident memory (bytes, after GC) of a client process on `dir`, connected to `server` or not. */
export function clientMemory(
  dir: string,
  server: { url: string; token: string } | null
): Promise<{ rss: number; heapUsed: number }> {
  const args = ['--expose-gc', '--import', 'tsx', CHILD, dir, ...(server ? [server.url, server.token] : [])]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const nl = out.indexOf('\n')
      if (nl < 0) return
      child.kill('SIGKILL')
      resolve(JSON.parse(out.slice(0, nl)) as { rss: number; heapUsed: number })
    })
    child.once('exit', (code) =>
      reject(new Error(`the sync memory client exited (${code}) before measuring`))
    )
  })
}

/** A client's heap and RSS with a live connection, each held against the same client without sync. */
export async function benchSyncMemory(
  dir: string,
  server: { url: string; token: string },
  docs: string
): Promise<Record<string, Measurement>> {
  const off = await clientMemory(dir, null)
  const on = await clientMemory(dir, server)
  const mb = (x: number) => Math.round(x / (1024 * 1024))
  const measure = (key: 'heapUsed' | 'rss', what: string): Measurement =>
    withinFactor(
      {
        what: `${what} of a client (openCore) on the ${docs} workspace with a live connection, after GC (${(on[key] / off[key]).toFixed(2)}× without)`,
        unit: 'MB',
        p50: mb(on[key]),
        p95: mb(on[key]),
        n: 1,
        baseline: { what: 'the same client with sync off', p50: mb(off[key]), p95: mb(off[key]), n: 1 }
      },
      1.5,
      'p50'
    )
  return {
    'sync.memory.heap': measure('heapUsed', 'heap used'),
    'sync.memory.rss': measure('rss', 'resident memory')
  }
}
