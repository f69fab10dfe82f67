// One client of the sync benchmark in its own process: opens the workspace as the app does (openCore), with a live
// connection to the team server or without, uses it (a page of statements, a document, a search), and prints its
// memory after garbage collection as one JSON line. It then waits to be killed.
// Run: node --expose-gc --import tsx scripts/bench/sync-memory-child.ts WORKSPACE_DIR [SERVER_URL TOKEN]
import { openCore } from '../../src/core/open-core'
import type { SyncStatus } from '../../src/shared/api'

const [dir, url, token] = process.argv.slice(2)
if (!dir || Boolean(url) !== Boolean(token))
  throw new Error('usage: sync-memory-child.ts WORKSPACE_DIR [SERVER_URL TOKEN]')
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc')

const core = await openCore(dir, url && token ? { sync: { url, token }, onSyncLog: () => undefined } : {})
const started = Date.now()
while (url) {
  const status = (await core.dispatch('sync.status', {})) as SyncStatus
  if (status.state === 'connected') break
  if (Date.now() - started > 600_000)
    throw new Error(`not in sync after 10 minutes: ${JSON.stringify(status)}`)
  await new Promise((r) => setTimeout(r, 50))
}
await core.dispatch('statements.list', { limit: 200 })
const docs = (await core.dispatch('documents.list', {})) as { id: string }[]
if (docs[0]) await core.dispatch('documents.get', { id: docs[0].id })
await core.dispatch('search.query', { q: 'nuclear escalation', limit: 40 })
// Saves scheduled by the exchange, and their garbage, are done before reading.
await new Promise((r) => setTimeout(r, 1000))
for (let i = 0; i < 3; i++) {
  gc()
  await new Promise((r) => setTimeout(r, 50))
}
const { rss, heapUsed } = process.memoryUsage()
process.stdout.write(JSON.stringify({ rss, heapUsed }) + '\n')
