#!/usr/bin/env node
// Builds the command line into out/cli with esbuild: JavaScript that bin/dossier.mjs runs without transpiling.
// Each command's work sits in chunks loaded on first use; npm packages stay external (node_modules).
import { build } from 'esbuild'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const OUT = join(ROOT, 'out', 'cli')

const result = await build({
  absWorkingDir: ROOT,
  entryPoints: {
    dossier: 'src/cli/index.ts',
    // The import sandbox's worker thread, found beside the chunk that starts it (import-sandbox.ts).
    'import-worker': 'src/core/services/import/sandbox/import-worker.ts'
  },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning'
})

const inputs = Object.keys(result.metafile.inputs).map((f) => relative(ROOT, resolve(ROOT, f)))
await mkdir(OUT, { recursive: true })
// bin/dossier.mjs compares these sources' times with the build's and runs the sources when one is newer.
await writeFile(join(OUT, 'inputs.json'), JSON.stringify({ builtAt: Date.now(), inputs }) + '\n')
process.stdout.write(`built out/cli (${inputs.length} sources)\n`)
