import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { format } from 'node:util'

/** Set DOSSIER_DEBUG=1 to see stack traces on stderr as they happen. */
export const debugEnabled = (): boolean => /^(1|true|yes)$/i.test(process.env.DOSSIER_DEBUG ?? '')

export interface Diagnostics {
  /** Restores console.error and gives back what was kept. */
  stop(): string[]
  /** For a long-running command (serve): from now on its log goes to stderr as it comes. */
  release(): void
}

/**
 * Keeps what the core logs with console.error while a one-shot command runs (an internal failure with its
 * stack): the user sees the one line the command ends with, and the details go into the report of an internal
 * error (see writeErrorLog), or to stderr as they come with DOSSIER_DEBUG=1.
 */
export function captureDiagnostics(): Diagnostics {
  const kept: string[] = []
  const original = console.error
  console.error = (...args: unknown[]) => {
    kept.push(format(...args))
    if (debugEnabled()) original(...args)
  }
  const restore = () => {
    console.error = original
  }
  return {
    stop: () => (restore(), kept),
    release: restore
  }
}

/**
 * Writes the details of an internal error (the command, versions, what was logged, the stack) to a file in the
 * temp folder and returns its path, or null if it cannot be written.
 */
export function writeErrorLog(
  argv: readonly string[],
  err: unknown,
  logged: readonly string[]
): string | null {
  const path = join(
    tmpdir(),
    `dossier-error-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.log`
  )
  const text = [
    `dossier ${argv.map((a) => JSON.stringify(a)).join(' ')}`,
    `node ${process.version} on ${process.platform} ${process.arch}`,
    ...logged,
    (err as Error)?.stack ?? String(err),
    ''
  ].join('\n')
  try {
    writeFileSync(path, text, { mode: 0o600 })
    return path
  } catch {
    return null
  }
}
