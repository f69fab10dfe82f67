import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

const CHILD = join(import.meta.dirname, 'serve-child.ts')

export interface ChildService {
  url: string
  port: number
  token: string
  pid: number
  /** Calls an operation over HTTP, as the renderer does. */
  call(op: string, input: unknown): Promise<unknown>
  stop(): Promise<void>
}

/** Starts browser mode in its own process (see serve-child.ts) and resolves once it listens. */
export async function startChildService(
  dir: string,
  rendererDir: string,
  mode: 'seeded' | 'empty' | 'bare'
): Promise<ChildService> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, rendererDir, mode], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const info = await new Promise<{ url: string; port: number; token: string }>((resolve, reject) => {
    let buf = ''
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString()
      const nl = buf.indexOf('\n')
      if (nl >= 0) resolve(JSON.parse(buf.slice(0, nl)) as { url: string; port: number; token: string })
    })
    child.once('exit', (code) => reject(new Error(`the service exited (${code}) before listening`)))
  })
  return {
    ...info,
    pid: child.pid!,
    async call(op, input) {
      const res = await fetch(`http://127.0.0.1:${info.port}/api/op/${op}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dossier-token': info.token },
        body: JSON.stringify(input)
      })
      const body = (await res.json()) as { ok: boolean; result: unknown }
      if (!body.ok) throw new Error(`${op} failed: ${JSON.stringify(body)}`)
      return body.result
    },
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    }
  }
}
