import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHandlers } from '../../src/core/handlers/create-handlers'
import { snapshotChanges } from '../../src/core/handlers/snapshot-changes'
import { exportJson, parseSnapshot } from '../../src/core/services/export'
import { emptyWorkspace } from '../../src/core/services/seed/seed-workspace'
import { snapshotOf } from '../../src/core/snapshot-of'
import { WorkspaceStore } from '../../src/core/store/workspace-store'
import { cloneWorkspace } from '../../src/core/sync/clone-workspace'
import { syncOnce } from '../../src/core/sync/sync-once'
import { WorkspaceSync } from '../../src/core/sync/workspace-sync'
import { Tasks } from '../../src/core/tasks'
import { Workspace } from '../../src/core/workspace'
import { newTeamToken } from '../../src/sync/team-token'
import { runCli } from '../../src/sync/testing/cli-process'
import { defaultCorpusDir, ensureCorpus, type CorpusManifest } from './make-corpus'
import { under, type Report } from './measurement'
import { summarize } from './stats'
import { benchSyncMemory } from './sync-memory'
import { workCopy } from './work-copy'

export interface SyncBenchOptions {
  docs: number
  corpus?: string
  /** Edits timed from one client to both others (default 120). */
  edits?: number
  log: (message: string) => void
}

/** Longest a whole exchange may take before the benchmark gives up. */
const SYNC_TIMEOUT_MS = 600_000
/** Edits before the timed ones (the first of each kind compiles code). */
const WARM_UP_EDITS = 6

interface BenchServer {
  url: string
  token: string
  stop(): Promise<void>
}

/** `dossier sync-server` in its own process on 127.0.0.1, as a team runs it. */
async function startServer(root: string): Promise<BenchServer> {
  const token = newTeamToken()
  const tokenFile = join(root, 'team-token')
  await writeFile(tokenFile, `${token}\n`, { mode: 0o600 })
  const server = runCli([
    'sync-server',
    '--port',
    '0',
    '--data',
    join(root, 'server'),
    '--token-file',
    tokenFile
  ])
  const [, url] = await server.waitFor(/listening on (ws:\/\/\S+)/, 60_000)
  return { url: url!, token, stop: () => server.kill9() }
}

/** The other way to carry a workspace to a teammate: its JSON export, restored into an empty workspace. */
async function exportAndRestore(from: string, into: string): Promise<number> {
  const started = performance.now()
  const source = Workspace.fromStore(await WorkspaceStore.open(from, { readOnly: true }), {
    backgroundIndex: false
  })
  let text: string
  try {
    text = exportJson(snapshotOf(source.state))
  } finally {
    await source.close()
  }
  const target = Workspace.fromStore(await WorkspaceStore.create(into, emptyWorkspace('Restored')), {
    backgroundIndex: false
  })
  try {
    const snapshot = parseSnapshot(text)
    await target.mutate('Restore', () => ({ changes: snapshotChanges(target.state, snapshot), result: null }))
  } finally {
    await target.close()
  }
  return performance.now() - started
}

/** One analyst with the workspace open (as the app keeps it) and a live connection to the server. */
interface Client {
  ws: Workspace
  api: ReturnType<typeof createHandlers>
  close(): Promise<void>
}

async function openClient(dir: string, server: BenchServer): Promise<Client> {
  const ws = Workspace.fromStore(await WorkspaceStore.open(dir))
  const sync = await WorkspaceSync.attach(ws, { onLog: () => undefined })
  const connection = sync.connect(server.url, server.token, { onLog: () => undefined })
  await connection.inSync(SYNC_TIMEOUT_MS)
  const api = createHandlers(ws, new Tasks(), () => {
    throw new Error('the sync benchmark restores no workspace')
  })
  return {
    ws,
    api,
    close: async () => {
      await connection.close()
      await sync.close()
      await ws.close()
    }
  }
}

/** Resolves with the time `client` commits, from the team, a statement that `holds`. */
function arrival(
  client: Client,
  statementId: string,
  holds: (themeIds: string[]) => boolean
): Promise<number> {
  return new Promise((resolve) => {
    const off = client.ws.onCommit((changes, origin) => {
      if (origin !== 'remote') return
      const hit = changes.some(
        (c) => c.kind === 'statement' && c.after?.id === statementId && holds(c.after.themeIds)
      )
      if (!hit) return
      off()
      resolve(performance.now())
    })
  })
}

/**
 * Tags made on each client in turn (statements.tag, as the app sends it), each timed from the call until both other
 * clients have committed it; baseline: the same call's own duration on the client that made it.
 */
async function propagation(clients: Client[], edits: number): Promise<{ spread: number[]; local: number[] }> {
  const statements = [...clients[0]!.ws.state.statements.keys()]
  const themes = [...clients[0]!.ws.state.themes.keys()]
  const spread: number[] = []
  const local: number[] = []
  for (let i = 0; i < WARM_UP_EDITS + edits; i++) {
    const from = clients[i % clients.length]!
    const statementId = statements[(i * 7919) % statements.length]!
    const tagged = from.ws.state.statements.get(statementId)!.themeIds
    const themeId = themes.find((t) => !tagged.includes(t))!
    const arrived = clients
      .filter((c) => c !== from)
      .map((c) => arrival(c, statementId, (ids) => ids.includes(themeId)))
    const started = performance.now()
    await from.api['statements.tag']({ statementIds: [statementId], themeIds: [themeId] })
    const committed = performance.now()
    let timer: NodeJS.Timeout | undefined
    const times = await Promise.race([
      Promise.all(arrived),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`edit ${i} did not reach both other clients in 30 s`)),
          30_000
        )
      })
    ]).finally(() => clearTimeout(timer))
    if (i < WARM_UP_EDITS) continue
    local.push(committed - started)
    spread.push(Math.max(...times) - started)
  }
  return { spread, local }
}

/**
 * Team sync on the benchmark workspace through a real `dossier sync-server` on 127.0.0.1: the initial sync to an
 * empty client (clone), tags spreading across three clients, and a client's memory with sync on and off.
 */
export async function runSyncBench(
  opts: SyncBenchOptions
): Promise<{ corpus: CorpusManifest; report: Report }> {
  const { log } = opts
  const dir = opts.corpus ?? defaultCorpusDir(opts.docs)
  log(`corpus: ${dir}`)
  const corpus = await ensureCorpus({
    docs: opts.docs,
    out: dir,
    onProgress: (m) => log(`  generating: ${m}`)
  })
  const report: Report = {}
  const docs = `${opts.docs.toLocaleString('en-US')}-document`
  const first = await workCopy(dir, `${opts.docs}-sync`)
  const root = await mkdtemp(join(tmpdir(), 'dossier-bench-sync-'))
  const server = await startServer(root)
  try {
    log('sync: the first member syncs the workspace up…')
    const t0 = performance.now()
    const progress = (l: string) => log(`  ${((performance.now() - t0) / 1000).toFixed(1)} s: ${l}`)
    await syncOnce(first.dir, {
      server: server.url,
      token: server.token,
      timeoutMs: SYNC_TIMEOUT_MS,
      onLog: progress
    })
    const up = performance.now() - t0

    log('sync: clone into an empty folder…')
    const { meta } = JSON.parse(await readFile(join(first.dir, 'workspace.json'), 'utf8')) as {
      meta: { id: string }
    }
    const cloned = join(root, 'clone')
    let lines = 0
    const t1 = performance.now()
    await cloneWorkspace(cloned, {
      server: server.url,
      workspaceId: meta.id,
      token: server.token,
      timeoutMs: SYNC_TIMEOUT_MS,
      onLog: (l) => {
        lines++
        log(`  ${((performance.now() - t1) / 1000).toFixed(1)} s: ${l}`)
      }
    })
    const clone = performance.now() - t1
    log('sync: baseline, JSON export and restore…')
    const restore = await exportAndRestore(first.dir, join(root, 'restored'))
    report['sync.clone'] = under(
      {
        what: `dossier clone of the ${docs} workspace from a sync-server on 127.0.0.1 into an empty folder, ${lines} progress lines (the first member's upload took ${Math.round(up).toLocaleString('en-US')} ms)`,
        unit: 'ms',
        ...summarize([clone]),
        baseline: { what: 'its JSON export restored into an empty workspace', ...summarize([restore]) }
      },
      60_000,
      'p50'
    )

    const edits = opts.edits ?? 120
    log(`sync: ${edits} tags spreading across three clients…`)
    // The third analyst is a copy of the clone: the same team copy, its own connection.
    const third = join(root, 'third')
    await cp(cloned, third, { recursive: true })
    const clients: Client[] = []
    try {
      for (const d of [first.dir, cloned, third]) clients.push(await openClient(d, server))
      const { spread, local } = await propagation(clients, edits)
      report['sync.propagation'] = under(
        {
          what: `a tag on one of three clients (in turn) until both others have committed it, on the ${docs} workspace, the three in one process`,
          unit: 'ms',
          ...summarize(spread),
          baseline: { what: 'the same statements.tag on the client making it', ...summarize(local) }
        },
        200
      )
    } finally {
      for (const c of clients) await c.close()
    }

    log('sync: a client’s memory with sync on and off…')
    Object.assign(report, await benchSyncMemory(cloned, server, docs))
  } finally {
    await server.stop()
    await rm(root, { recursive: true, force: true })
    await first.remove()
  }
  return { corpus, report }
}
