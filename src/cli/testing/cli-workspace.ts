import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { expect } from 'vitest'
import { fileFolder } from '../../core/testing/temp-folder'

const BIN = resolve(__dirname, '../../../bin/dossier.mjs')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * A temp folder for a CLI test file (made before its tests, removed after) and the real `dossier` bin run on
 * `<folder>/w`, each command a fresh process; `on(name)` runs it on `<folder>/<name>` instead.
 */
export function cliWorkspace(prefix: string) {
  const root = fileFolder(prefix)
  const on = (name: string) => {
    const ws = () => join(root(), name)
    const run = (...args: string[]): Promise<CliRun> =>
      new Promise((done) => {
        execFile(
          process.execPath,
          [BIN, '--workspace', ws(), ...args],
          { env: { ...process.env, NODE_ENV: 'test' } },
          (err, stdout, stderr) =>
            done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
        )
      })
    /** Runs a command that must succeed silently on stderr; its stdout. */
    const ok = async (...args: string[]) => {
      const r = await run(...args)
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      return r.stdout
    }
    const json = async (...args: string[]) => JSON.parse(await ok('--json', ...args))
    return { ws, run, ok, json }
  }
  return { root, on, ...on('w') }
}
