import type { CoreService } from '../../src/core/core-service'
import type { DocumentSummary, DocumentView, StatementRow } from '../../src/shared/api'
import type { Speaker, Statement, Theme } from '../../src/shared/domain'
import { under, type Measurement } from './measurement'
import { Prng } from './prng'
import { collectGarbage, summarize, timed } from './stats'
import { QUERIES } from './typical-queries'

/** Every statement in the workspace, read through the API page by page (not timed). */
export async function allStatements(core: CoreService): Promise<Statement[]> {
  const docs = (await core.dispatch('documents.list', {})) as DocumentSummary[]
  const out: Statement[] = []
  for (const d of docs)
    out.push(...((await core.dispatch('documents.get', { id: d.id })) as DocumentView).statements)
  return out
}

/** Search: the palette's query (limit 40) through dispatch; baseline: a substring scan of every statement. */
export async function benchSearch(
  core: CoreService,
  statements: readonly Statement[],
  reps: number
): Promise<Measurement> {
  const t: number[] = []
  const base: number[] = []
  // One after the other, not interleaved, so that neither bills the other for its garbage.
  collectGarbage()
  for (let r = 0; r < reps; r++)
    for (const q of QUERIES) t.push(await timed(() => core.dispatch('search.query', { q, limit: 40 })))
  const lower = statements.map((s) => s.text.toLowerCase())
  collectGarbage()
  for (let r = 0; r < reps; r++)
    for (const q of QUERIES) {
      const words = q.toLowerCase().split(/\s+/)
      base.push(
        await timed(() => {
          const hits: number[] = []
          for (let i = 0; i < lower.length && hits.length < 40; i++)
            if (words.every((w) => lower[i]!.includes(w))) hits.push(i)
          return hits
        })
      )
    }
  return under(
    {
      what: `search.query, ${QUERIES.length} typical queries × ${reps}, limit 40, over ${statements.length.toLocaleString('en-US')} statements + annotation notes + notes`,
      unit: 'ms',
      ...summarize(t),
      baseline: {
        what: 'substring scan of every statement (first 40 matches, no ranking)',
        ...summarize(base)
      }
    },
    20
  )
}

/**
 * Filter: the claims table's first page (200 rows) for a theme (with its sub-themes) and a speaker, through
 * dispatch; baseline: scanning every statement for the same filter.
 */
export async function benchFilter(
  core: CoreService,
  statements: readonly Statement[],
  reps: number,
  seed = 11
): Promise<Measurement> {
  const rng = new Prng(seed)
  const themes = (await core.dispatch('themes.list', {})) as Theme[]
  const speakers = (await core.dispatch('speakers.list', {})) as Speaker[]
  const descendants = (id: string): Set<string> => {
    const out = new Set([id])
    for (let grew = true; grew;) {
      grew = false
      for (const th of themes)
        if (th.parentId && out.has(th.parentId) && !out.has(th.id)) grew = out.add(th.id).size > 0
    }
    return out
  }
  const filters = Array.from({ length: reps * 20 }, (_, i) => {
    const theme = rng.pick(themes)
    const speaker = rng.pick(speakers)
    return i % 4 === 0
      ? { themeId: theme.id }
      : i % 4 === 1
        ? { speakerId: speaker.id }
        : { themeId: theme.id, speakerId: speaker.id }
  })
  const t: number[] = []
  const base: number[] = []
  collectGarbage()
  let matched = 0
  for (const filter of filters)
    t.push(
      await timed(async () => {
        const r = (await core.dispatch('statements.list', { ...filter, limit: 200 })) as {
          items: StatementRow[]
        }
        matched += r.items.length
      })
    )
  if (matched === 0) throw new Error('the filter benchmark matched nothing')
  collectGarbage()
  for (const filter of filters)
    base.push(
      await timed(() => {
        const set = filter.themeId ? descendants(filter.themeId) : null
        const hits: Statement[] = []
        for (const s of statements)
          if (
            (!set || s.themeIds.some((x) => set.has(x))) &&
            (!filter.speakerId || s.speakerId === filter.speakerId)
          )
            hits.push(s)
        return hits.slice(0, 200)
      })
    )
  return under(
    {
      what: `statements.list first page (200) by theme (+ sub-themes), by speaker, and by both; ${reps * 20} filters`,
      unit: 'ms',
      ...summarize(t),
      baseline: { what: 'scan of every statement for the same filter', ...summarize(base) }
    },
    20
  )
}
