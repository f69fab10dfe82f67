import { build } from 'esbuild'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..', '..')

/** The npm packages a start of the built CLI loads before any command runs (its static import graph). */
async function packagesLoadedAtStart(): Promise<Set<string>> {
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: { dossier: 'src/cli/index.ts' },
    outdir: 'out/cli-probe',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'silent'
  })
  const seen = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const imp of metafile.outputs[file]?.imports ?? []) {
      if (imp.kind !== 'import-statement') continue
      if (imp.external) packages.add(imp.path)
      else visit(imp.path)
    }
  }
  visit('out/cli-probe/dossier.js')
  return packages
}

describe('the command line starts light', () => {
  it('loads only commander and Node built-ins until a command needs more', async () => {
    const loaded = [...(await packagesLoadedAtStart())].filter((p) => !p.startsWith('node:'))
    // zod, the store, the search index and the importers load in a command's action (dynamic import).
    expect(loaded).toEqual(['commander'])
  }, 30_000)
})
