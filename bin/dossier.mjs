#!/usr/bin/env node
// Runs the built command line (out/cli, `npm run build:cli`). In a checkout whose sources changed since that build,
// or with DOSSIER_CLI_FROM_SOURCE=1, it runs the TypeScript sources through tsx instead, so it is never stale.
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const built = new URL('../out/cli/dossier.js', import.meta.url)

function builtIsCurrent() {
  if (process.env.DOSSIER_CLI_FROM_SOURCE === '1') return false
  let manifest
  try {
    manifest = JSON.parse(readFileSync(new URL('../out/cli/inputs.json', import.meta.url), 'utf8'))
    statSync(built)
  } catch {
    return false
  }
  for (const input of manifest.inputs) {
    // A packaged app carries no sources: nothing to compare with.
    const stat = statSync(root + input, { throwIfNoEntry: false })
    if (stat && stat.mtimeMs > manifest.builtAt) return false
  }
  return true
}

if (builtIsCurrent()) {
  await import(built.href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(pathToFileURL(root + 'src/cli/index.ts').href)
}
