import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const BIN = fileURLToPath(new URL('../../../bin/dossier.mjs', import.meta.url))

/** A `dossier …` process (bin/dossier.mjs): its output so far, and waits on it. */
export interface CliProcess {
  child: ChildProcess
  output(): string
  /** Resolves with the first match of `pattern` in stdout+stderr; rejects if the process ends first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>
  kill9(): Promise<void>
}

/** `env` is added to this process's environment. */
export function runCli(args: string[], env: Record<string, string> = {}): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env }
  })
  let text = ''
  const waiters = new Set<() => void>()
  const heard = (chunk: Buffer) => {
    text += chunk.toString('utf8')
    for (const w of waiters) w()
  }
  child.stdout!.on('data', heard)
  child.stderr!.on('data', heard)
  let ended = false
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      ended = true
      for (const w of waiters) w()
      resolve(code)
    })
  )
  return {
    child,
    output: () => text,
    exited,
    waitFor: (pattern, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`no ${pattern} from dossier ${args[0]} after ${timeoutMs} ms:\n${text}`))
        }, timeoutMs)
        const check = () => {
          const m = text.match(pattern)
          if (!m && !ended) return
          clearTimeout(timer)
          waiters.delete(check)
          if (m) resolve(m)
          else reject(new Error(`dossier ${args.join(' ')} ended without ${pattern}:\n${text}`))
        }
        waiters.add(check)
        check()
      }),
    kill9: async () => {
      if (!ended) child.kill('SIGKILL')
      await exited
    }
  }
}

/** Runs `dossier …` to the end: its exit code and output. */
export async function cliResult(
  args: string[],
  env: Record<string, string> = {}
): Promise<{ code: number | null; output: string }> {
  const p = runCli(args, env)
  const code = await p.exited
  return { code, output: p.output() }
}
