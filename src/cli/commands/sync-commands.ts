import type { Command } from 'commander'
import { mkdir, readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { workspaceDir, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'

const port = (v: string): number => {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new CliError('--port must be a number from 0 to 65535')
  return n
}

const line = (stream: NodeJS.WriteStream) => (text: string) => stream.write(`${text}\n`)

export function registerSyncCommands(program: Command, g: () => GlobalOptions): void {
  program
    .command('sync-server')
    .description('run a team sync server (Hocuspocus) keeping each workspace in DIR; Ctrl+C stops it')
    .requiredOption('--port <n>', 'port to listen on (0: a free one)', port)
    .requiredOption('--data <dir>', 'folder for the shared workspaces (created if missing)')
    .option('--token-file <file>', 'read the team token from this file (default: print a new one)')
    .option('--host <addr>', 'address to listen on (default 127.0.0.1; 0.0.0.0 for the LAN)', '127.0.0.1')
    .option('--max-message-mb <n>', 'close connections sending a bigger message', (v) => Number(v), 256)
    .option('--tls-cert <file>', 'serve wss:// with this certificate (PEM); needs --tls-key')
    .option('--tls-key <file>', 'the private key (PEM) of --tls-cert')
    .action(
      async (o: {
        port: number
        data: string
        tokenFile?: string
        host: string
        maxMessageMb: number
        tlsCert?: string
        tlsKey?: string
      }) => {
        if (!(o.maxMessageMb > 0)) throw new CliError('--max-message-mb must be a positive number')
        if (Boolean(o.tlsCert) !== Boolean(o.tlsKey))
          throw new CliError('--tls-cert and --tls-key go together')
        const tls =
          o.tlsCert && o.tlsKey
            ? await Promise.all([readFile(o.tlsCert), readFile(o.tlsKey)]).then(
                ([cert, key]) => ({ cert, key }),
                (err: unknown) => {
                  throw new CliError(`cannot read the TLS files: ${(err as Error).message}`)
                }
              )
            : undefined
        const [{ startSyncServer }, { newTeamToken, readTeamToken }] = await Promise.all([
          import('../../sync/start-sync-server'),
          import('../../sync/team-token')
        ])
        const token = o.tokenFile
          ? await readTeamToken(o.tokenFile).catch((err: unknown) => {
              throw new CliError((err as Error).message)
            })
          : newTeamToken()
        const dataDir = resolve(o.data)
        await mkdir(dataDir, { recursive: true })
        const out = line(process.stdout)
        const server = await startSyncServer({
          port: o.port,
          host: o.host,
          dataDir,
          token,
          maxMessageBytes: Math.round(o.maxMessageMb * 1024 * 1024),
          tls,
          log: (text) => out(`${new Date().toISOString()} ${text}`)
        }).catch((err: unknown) => {
          throw new CliError(`cannot listen on ${o.host}:${o.port}: ${(err as Error).message}`)
        })
        if (!o.tokenFile) out(`team token: ${token}`)
        out(`listening on ${server.url} (data: ${dataDir}; press Ctrl+C to stop)`)
        const stop = async () => {
          await server.close()
          process.exit(0)
        }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
        await new Promise(() => undefined)
      }
    )

  program
    .command('sync')
    .description("exchange this workspace's changes with a team sync server once, then exit")
    .requiredOption('--server <url>', 'the server, ws://HOST:PORT')
    .requiredOption('--token <token>', 'the team token the server printed')
    .option('--timeout <s>', 'give up after this many seconds', (v) => Number(v), 60)
    .action(async (o: { server: string; token: string; timeout: number }) => {
      if (!/^wss?:\/\/[^/\s]+\/?$/.test(o.server))
        throw new CliError('--server must look like ws://HOST:PORT')
      if (!(o.timeout > 0)) throw new CliError('--timeout must be a positive number of seconds')
      const [{ isWorkspace }, { syncOnce }] = await Promise.all([
        import('../../core/open-core'),
        import('../../core/sync/sync-once')
      ])
      const dir = workspaceDir(g())
      if (!isWorkspace(dir))
        throw new CliError(`${dir} is not a Dossier workspace (run: dossier --workspace ${dir} init)`)
      const progress = line(process.stderr)
      const { refused } = await syncOnce(dir, {
        server: o.server.replace(/\/$/, ''),
        token: o.token,
        timeoutMs: o.timeout * 1000,
        onLog: progress
      }).catch((err: unknown) => {
        if ((err as { name?: string }).name === 'ApiError') throw err
        throw new CliError(`sync failed: ${(err as Error).message}`)
      })
      progress(`in sync with ${o.server}${refused ? ` (${refused} change(s) from the team refused)` : ''}`)
    })

  program
    .command('clone')
    .description("make a new workspace in DIR from the team's copy on a sync server, then exit")
    .argument('<url>', 'the server and the team workspace id, ws://HOST:PORT/WORKSPACE-ID')
    .argument('<dir>', 'a new (or empty) folder for the workspace')
    .requiredOption('--token <token>', 'the team token the server printed')
    .option('--timeout <s>', 'give up after this many seconds', (v) => Number(v), 300)
    .action(async (url: string, dir: string, o: { token: string; timeout: number }) => {
      const m = /^(wss?:\/\/[^/\s?#]+)\/([^/\s?#]+)\/?$/.exec(url)
      if (!m) throw new CliError('the address must look like ws://HOST:PORT/WORKSPACE-ID')
      if (!(o.timeout > 0)) throw new CliError('--timeout must be a positive number of seconds')
      const { cloneWorkspace } = await import('../../core/sync/clone-workspace')
      const progress = line(process.stderr)
      const target = resolve(dir)
      const { refused } = await cloneWorkspace(target, {
        server: m[1]!,
        workspaceId: decodeURIComponent(m[2]!),
        token: o.token,
        timeoutMs: o.timeout * 1000,
        onLog: progress
      }).catch((err: unknown) => {
        throw new CliError(`clone failed: ${(err as Error).message}`)
      })
      progress(`cloned into ${target}${refused ? ` (${refused} change(s) from the team refused)` : ''}`)
    })
}
