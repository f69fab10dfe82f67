import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SCRIPT = fileURLToPath(new URL('./electronegativity.mjs', import.meta.url))

function installed(): boolean {
  try {
    createRequire(import.meta.url).resolve('@doyensec/electronegativity')
    return true
  } catch {
    return false
  }
}
const available = installed()
if (!available)
  console.log(
    'electronegativity tests skipped: @doyensec/electronegativity is not installed (npm i -D -E @doyensec/electronegativity)'
  )

const scan = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', timeout: 60_000 })

describe.skipIf(!available)('electronegativity over src/', () => {
  it('finds no high or medium issue without a written reason', { timeout: 60_000 }, () => {
    const r = scan('--json')
    expect(r.status, r.stderr).toBe(0)
    const report = JSON.parse(r.stdout) as { unlisted: unknown[]; stale: unknown[]; checks: number }
    expect(report.unlisted).toEqual([])
    expect(report.stale, 'an allowlist entry no longer matches: remove it').toEqual([])
    expect(report.checks).toBeGreaterThan(30)
  })

  it('fails on an insecure window (the scanner really runs)', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-electronegativity-'))
    try {
      writeFileSync(
        join(dir, 'main.js'),
        `const { BrowserWindow } = require('electron')
new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false } })\n`
      )
      const r = scan('--json', '--input', dir)
      expect(r.status).toBe(1)
      const checks = (JSON.parse(r.stdout) as { unlisted: { check: string }[] }).unlisted.map((f) => f.check)
      expect(checks).toEqual(
        expect.arrayContaining([
          'CONTEXT_ISOLATION_JS_CHECK',
          'WEB_SECURITY_JS_CHECK',
          // src/ passes these only because it limits navigation and handles permission requests
          'LIMIT_NAVIGATION_GLOBAL_CHECK',
          'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK'
        ])
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
