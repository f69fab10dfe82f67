import { expect } from 'vitest'
import { cliResult } from './cli-process'
import { TEAM_TOKEN } from './sync-fixture'

/** The arguments of `dossier sync` of the workspace in `dir` with the team token. */
export const syncArgs = (dir: string, url: string, timeoutSeconds = 30): string[] => [
  '--workspace',
  dir,
  'sync',
  '--server',
  url,
  '--token',
  TEAM_TOKEN,
  '--timeout',
  String(timeoutSeconds)
]

/** Runs `dossier sync` to the end and expects it in sync. */
export async function syncToEnd(dir: string, url: string): Promise<void> {
  const r = await cliResult(syncArgs(dir, url))
  expect(r.code, r.output).toBe(0)
  expect(r.output).toMatch(/in sync with/)
}

/** Runs `dossier check` and expects every file valid. */
export async function checkPasses(dir: string): Promise<void> {
  const r = await cliResult(['--workspace', dir, 'check'])
  expect(r.code, r.output).toBe(0)
  expect(r.output).toMatch(/^OK: every file/m)
}
