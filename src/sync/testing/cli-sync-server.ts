import { writeFile } from 'node:fs/promises'
import { runCli, type CliProcess } from './cli-process'
import { TEAM_TOKEN } from './sync-fixture'

/**
 * `dossier sync-server` in its own process on 127.0.0.1 (on `port` when restarting one, else a free port),
 * keeping its Y.Docs in `dataDir`, with TEAM_TOKEN in `<dataDir>.token`; resolves once it listens.
 */
export async function startCliSyncServer(
  dataDir: string,
  o: { port?: number; extra?: string[] } = {}
): Promise<{ process: CliProcess; url: string; port: number }> {
  const tokenFile = `${dataDir}.token`
  await writeFile(tokenFile, `${TEAM_TOKEN}\n`)
  const server = runCli([
    'sync-server',
    '--port',
    String(o.port ?? 0),
    '--data',
    dataDir,
    '--token-file',
    tokenFile,
    ...(o.extra ?? [])
  ])
  const [, url] = await server.waitFor(/listening on (wss?:\/\/\S+)/)
  return { process: server, url: url!, port: Number(new URL(url!).port) }
}
