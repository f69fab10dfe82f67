#!/usr/bin/env node
// Runs the electronegativity scanner over src/ and fails on any high or medium finding that is not listed, with a
// written reason, in electronegativity-allowlist.json.
// Usage: node scripts/security/electronegativity.mjs [--json] [--input DIR (default: src)]
// Exit codes: 0 clean, 1 unlisted findings, 2 the scanner is not installed or could not run.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const inputAt = process.argv.indexOf('--input')
const SRC =
  inputAt > 0 ? resolve(process.argv[inputAt + 1]) : fileURLToPath(new URL('../../src', import.meta.url))
const ALLOWLIST = new URL('./electronegativity-allowlist.json', import.meta.url)
const FAILING = new Set(['HIGH', 'MEDIUM'])
const ELECTRON_VERSION = '45.4.1'

const require = createRequire(import.meta.url)
let run
try {
  // The scanner fetches translations and Electron's release list over the network; Dossier is tested offline, so
  // its HTTP client is replaced by one that fails at once (the scanner then uses its bundled English texts).
  const scanner = require.resolve('@doyensec/electronegativity')
  const got = createRequire(scanner).resolve('got')
  const offline = () => Promise.reject(new Error('offline: electronegativity may not use the network'))
  require.cache[got] = {
    id: got,
    filename: got,
    loaded: true,
    exports: Object.assign(offline, { head: offline })
  }
  run = require(scanner)
} catch {
  console.error(
    'electronegativity: @doyensec/electronegativity is not installed (npm i -D -E @doyensec/electronegativity)'
  )
  process.exit(2)
}

const { allowed } = JSON.parse(await readFile(ALLOWLIST, 'utf8'))
for (const a of allowed) {
  if (!a.check || !a.file || !a.reason || a.reason.trim().length < 20) {
    console.error(
      `electronegativity: allowlist entry ${JSON.stringify(a)} needs a check, a file and a written reason`
    )
    process.exit(2)
  }
}

// The scanner prints chatter (translations it cannot fetch offline) through console.log: keep stdout ours.
const log = console.log
console.log = () => {}
let result
try {
  result = await run({
    input: SRC,
    isRelative: true,
    electronVersionOverride: ELECTRON_VERSION,
    // This check downloads Electron's release list; the offline build pins Electron in package.json instead.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck']
  })
} catch (err) {
  console.log = log
  console.error(`electronegativity: the scan failed: ${err?.message ?? err}`)
  process.exit(2)
} finally {
  console.log = log
}

const findings = result.issues
  .filter((i) => FAILING.has(i.severity.name))
  .map((i) => ({
    check: i.id,
    file: i.file.replaceAll('\\', '/'),
    line: i.location.line,
    severity: i.severity.name,
    confidence: i.confidence.name
  }))
const isAllowed = (f) => allowed.find((a) => a.check === f.check && a.file === f.file)
const unlisted = findings.filter((f) => !isAllowed(f))
const stale = allowed.filter((a) => !findings.some((f) => f.check === a.check && f.file === a.file))

if (process.argv.includes('--json')) {
  log(
    JSON.stringify(
      { checks: result.globalChecks + result.atomicChecks, findings, unlisted, stale, errors: result.errors },
      null,
      2
    )
  )
} else {
  log(`electronegativity: ${result.globalChecks + result.atomicChecks} checks over ${SRC.replace(ROOT, '')}`)
  for (const f of findings) {
    const a = isAllowed(f)
    log(
      `  ${a ? 'allowed' : 'FAIL   '} ${f.severity} ${f.check} ${f.file}:${f.line}${a ? ` — ${a.reason}` : ''}`
    )
  }
  for (const e of result.errors) log(`  parse ${e.tolerable ? 'warning' : 'error'}: ${e.file}: ${e.message}`)
  for (const s of stale) log(`  note: allowlist entry ${s.check} ${s.file} matched nothing; remove it`)
  log(
    unlisted.length === 0
      ? `electronegativity: no high or medium finding without a written reason (${findings.length} allowed)`
      : `electronegativity: ${unlisted.length} high/medium finding(s) without a reason in scripts/security/electronegativity-allowlist.json`
  )
}
process.exit(unlisted.length === 0 && result.errors.every((e) => e.tolerable) ? 0 : 1)
