import { spawn } from 'node:child_process'
import type { WriterLine } from './crash-model'
import type { Random } from './create-random'

export interface KilledWriter {
  lines: WriterLine[]
  /** True when the writer was killed by us (the normal case); false when it exited on its own. */
  killed: boolean
  /** Killed before it printed `ready` (while opening the workspace). */
  beforeReady: boolean
  stderr: string
}

const READY_TIMEOUT_MS = 30_000

/**
 * Starts the writer on `dir` and SIGKILLs it at a random moment: now and then while it is still opening the
 * workspace (recovering from the previous kill), mostly while it writes.
 */
export function runAndKillWriter(
  writer: { command: string; args: string[] },
  dir: string,
  seed: number,
  random: Random
): Promise<KilledWriter> {
  return new Promise((resolve, reject) => {
    const child = spawn(writer.command, [...writer.args, dir, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let ready = false
    let killedByUs = false
    let readyKill: NodeJS.Timeout | undefined
    const kill = () => {
      killedByUs = true
      child.kill('SIGKILL')
    }
    const early = random.chance(0.15)
    const timer = early ? setTimeout(kill, random.int(900)) : setTimeout(kill, READY_TIMEOUT_MS)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (!ready && stdout.includes('"ready":true')) {
        ready = true
        if (!early) {
          clearTimeout(timer)
          readyKill = setTimeout(kill, random.int(400))
        }
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      clearTimeout(readyKill)
      const lines: WriterLine[] = []
      for (const line of stdout.split('\n')) {
        if (!line.trim()) continue
        try {
          lines.push(JSON.parse(line) as WriterLine)
        } catch {
          // The last line can be cut short by the kill: it was never acknowledged.
        }
      }
      resolve({
        lines,
        killed: killedByUs && signal === 'SIGKILL',
        beforeReady: !ready,
        stderr: stderr + (code !== null ? `\n(exit code ${code})` : '')
      })
    })
  })
}
