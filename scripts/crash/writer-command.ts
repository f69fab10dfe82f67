import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SOURCE = join(ROOT, 'scripts', 'crash', 'crash-writer.ts')
const BUNDLE = join(ROOT, 'node_modules', '.cache', 'dossier-crash', 'crash-writer.mjs')

/**
 * How to start the crash writer: bundled once with esbuild (installed with tsx), it starts in under a second;
 * through tsx it takes a few. The bundle lives under node_modules so its imports resolve to the project's packages.
 */
export async function writerCommand(): Promise<{ command: string; args: string[] }> {
  try {
    const esbuild = await import('esbuild')
    await mkdir(dirname(BUNDLE), { recursive: true })
    await esbuild.build({
      entryPoints: [SOURCE],
      outfile: BUNDLE,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error'
    })
    return { command: process.execPath, args: [BUNDLE] }
  } catch {
    return { command: process.execPath, args: ['--import', 'tsx', SOURCE] }
  }
}
