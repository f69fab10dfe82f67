import type { Command } from 'commander'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { workspaceDir, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'
import { openingProgress } from '../opening-progress'

/** The built renderer (`out/renderer`), found upwards from this module. */
function findRendererDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'out', 'renderer')
    if (existsSync(join(candidate, 'index.html'))) return candidate
    dir = dirname(dir)
  }
  throw new CliError('the renderer is not built (run: npm run build)')
}

export function registerServe(program: Command, g: () => GlobalOptions): void {
  program
    .command('serve')
    .description('serve the app in a browser on 127.0.0.1 (browser mode)')
    .option('--port <n>', 'port to listen on (default: a free one)', (v) => Number(v), 0)
    .option('--empty', 'create an empty workspace if there is none (default: seeded)')
    .action(async (o: { port: number; empty?: boolean }) => {
      if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535)
        throw new CliError('--port must be a number from 0 to 65535')
      const rendererDir = findRendererDir()
      const [{ openCore }, { startServer }] = await Promise.all([
        import('../../core/open-core'),
        import('../../server/start-server')
      ])
      const opening = openingProgress()
      const core = await openCore(workspaceDir(g()), {
        create: o.empty ? 'empty' : 'seeded',
        onProgress: opening.onProgress,
        warmImports: true
      }).finally(opening.done)
      const server = await startServer({ core, port: o.port, rendererDir })
      process.stdout.write(
        `Dossier is running at ${server.url}\n(workspace: ${core.dir}; press Ctrl+C to stop)\n`
      )
      const stop = async () => {
        await server.close()
        await core.close()
        process.exit(0)
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      await new Promise(() => undefined)
    })
}
