import type { Command } from 'commander'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { workspaceDir, type GlobalOptions } from '../cli-context'
import { SYNC_URL } from '../../shared/api/sync-url'
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
    .option(
      '--sync <url>',
      'keep a live connection to this team sync server (ws://HOST:PORT), saved for next time'
    )
    .option('--token-file <file>', "the team token for --sync, on the file's first line")
    .action(async (o: { port: number; empty?: boolean; sync?: string; tokenFile?: string }) => {
      if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535)
        throw new CliError('--port must be a number from 0 to 65535')
      if (o.sync && !SYNC_URL.test(o.sync)) throw new CliError('--sync must look like ws://HOST:PORT')
      if (Boolean(o.sync) !== Boolean(o.tokenFile)) throw new CliError('--sync and --token-file go together')
      const rendererDir = findRendererDir()
      const [{ openCore }, { startServer }, { readTeamToken }, { liveBodiesOf }] = await Promise.all([
        import('../../core/open-core'),
        import('../../server/start-server'),
        import('../../sync/team-token'),
        import('../../server/live-bodies-for')
      ])
      const sync =
        o.sync && o.tokenFile
          ? {
              url: o.sync.replace(/\/$/, ''),
              token: await readTeamToken(o.tokenFile).catch((err: unknown) => {
                throw new CliError((err as Error).message)
              })
            }
          : ('saved' as const)
      const opening = openingProgress()
      const core = await openCore(workspaceDir(g()), {
        create: o.empty ? 'empty' : 'seeded',
        onProgress: opening.onProgress,
        warmImports: true,
        sync,
        onSyncLog: (text) => process.stderr.write(`${new Date().toISOString()} sync: ${text}\n`)
      }).finally(opening.done)
      const server = await startServer({ core, port: o.port, rendererDir, live: liveBodiesOf(core) })
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
