import { parseArgs } from 'node:util'
import { openCore } from '../../src/core/open-core'
import type { CoreService } from '../../src/core/core-service'
import type { CodersView, DocumentSummary, DocumentView, ViewScope } from '../../src/shared/api'
import type { Theme } from '../../src/shared/domain'
import { Prng } from './prng'
import { collectGarbage, summarize, timed } from './stats'
import { workCopy } from './work-copy'

/**
 * The view scope's cost on a corpus (a throwaway copy): a second coder, Bob, codes about half the statements;
 * then, for everyone's codings, mine, Bob's and blind mode, the first query after the switch (which builds the
 * scoped state), the claims filter (first page of 200 by theme, as the filter benchmark), the theme counts, and
 * a tag followed by a filtered list. `node --expose-gc --import tsx scripts/bench/bench-view-scope.ts --corpus DIR`
 */
export async function benchViewScope(core: CoreService, reps: number, log: (line: string) => void) {
  const themes = (await core.dispatch('themes.list', {})) as Theme[]
  const docs = (await core.dispatch('documents.list', {})) as DocumentSummary[]
  const ids: string[] = []
  for (const d of docs)
    for (const s of ((await core.dispatch('documents.get', { id: d.id })) as DocumentView).statements)
      ids.push(s.id)
  const me = ((await core.dispatch('coders.list', {})) as CodersView).current!
  const bob = ((await core.dispatch('coders.setCurrent', { name: 'Bob' })) as CodersView).current!
  const rng = new Prng(7)
  const half = ids.filter(() => rng.next() < 0.5)
  for (let i = 0; i < half.length; i += 2000) {
    const theme = themes[(i / 2000) % themes.length]!
    await core.dispatch('statements.tag', { statementIds: half.slice(i, i + 2000), themeIds: [theme.id] })
  }
  await core.dispatch('coders.setCurrent', { name: me.name })
  log(`${ids.length} statements; Bob coded ${half.length}`)

  const filters = Array.from({ length: reps * 20 }, () => ({ themeId: rng.pick(themes).id, limit: 200 }))
  const scopes: [string, ViewScope][] = [
    ['all', { show: 'all', blind: false }],
    ['mine', { show: 'mine', blind: false }],
    ['Bob', { show: bob.id, blind: false }],
    ['blind', { show: 'mine', blind: true }]
  ]
  for (const [name, scope] of scopes) {
    await core.dispatch('coders.setScope', scope)
    collectGarbage()
    const heap = process.memoryUsage().heapUsed
    const first = await timed(() => core.dispatch('statements.list', filters[0]!))
    const grown = (process.memoryUsage().heapUsed - heap) / 2 ** 20
    const list: number[] = []
    let matched = 0
    for (const f of filters)
      list.push(
        await timed(async () => {
          matched += ((await core.dispatch('statements.list', f)) as { total: number }).total
        })
      )
    const stats: number[] = []
    for (let r = 0; r < reps; r++) stats.push(await timed(() => core.dispatch('workspace.stats', {})))
    const tag: number[] = []
    for (let r = 0; r < reps; r++) {
      const f = filters[r]!
      const input = { statementIds: [ids[r]!], themeIds: [f.themeId] }
      tag.push(
        await timed(async () => {
          await core.dispatch('statements.tag', input)
          await core.dispatch('statements.list', f)
        })
      )
      await core.dispatch('statements.untag', input)
    }
    const s = (x: number[]) => `p50 ${summarize(x).p50} ms, p95 ${summarize(x).p95} ms`
    log(
      `${name.padEnd(5)}: first query ${first.toFixed(0)} ms (heap +${grown.toFixed(0)} MB); ` +
        `theme filter ${s(list)} (${matched} matches over ${filters.length}); ` +
        `workspace.stats ${s(stats)}; tag + filtered list ${s(tag)}`
    )
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, reps: { type: 'string' } } })
  if (!values.corpus) throw new Error('--corpus DIR is required')
  const copy = await workCopy(values.corpus, 'scope')
  const core = await openCore(copy.dir)
  try {
    await benchViewScope(core, Number(values.reps ?? 5), (line) => console.log(line))
  } finally {
    await core.close()
    await copy.remove()
  }
}
