import type { CoreService } from '../../src/core/core-service'
import type { GraphView, LinkView, TimelineView } from '../../src/shared/api'
import type { Speaker } from '../../src/shared/domain'
import { under, type Measurement } from './measurement'
import { Prng } from './prng'
import { collectGarbage, summarize, timed } from './stats'

/**
 * The graph, timeline and speakers analyses through dispatch, each input asked once (the core keeps results per
 * state revision, so a repeat would only measure the cache), their JSON included (what a transport sends).
 */
export async function benchAnalysisGraph(
  core: CoreService,
  reps: number,
  seed = 17
): Promise<Record<string, Measurement>> {
  const rng = new Prng(seed)
  const links = (await core.dispatch('links.list', {})) as LinkView[]
  const speakers = (await core.dispatch('speakers.list', {})) as Speaker[]
  const stats = (await core.dispatch('workspace.stats', {})) as { speakers: Record<string, number> }
  const send = async (op: string, input: unknown) => JSON.stringify(await core.dispatch(op, input)).length

  // Baseline for both graphs: every link through the API, as a view would fetch them to build a graph itself.
  const base: number[] = []
  collectGarbage()
  for (let r = 0; r < reps * 4; r++) base.push(await timed(() => send('links.list', {})))
  const linkBaseline = {
    what: `links.list: all ${links.length.toLocaleString('en-US')} links, as JSON`,
    ...summarize(base)
  }

  const focus: number[] = []
  let largest = 0
  collectGarbage()
  for (let r = 0; r < (links.length ? reps * 8 : 0); r++) {
    const from = rng.pick(links)
    const hops = 1 + (r % 3)
    focus.push(
      await timed(async () => {
        const g = (await core.dispatch('analysis.graph', {
          focus: { statementId: from.fromId, hops },
          groupBy: r % 2 ? 'speaker' : 'document'
        })) as GraphView
        largest = Math.max(largest, g.nodes.length)
        JSON.stringify(g)
      })
    )
  }
  const whole: number[] = []
  let wholeNodes = 0
  collectGarbage()
  for (let r = 0; r < reps; r++)
    for (const groupBy of ['speaker', 'document', 'none'] as const)
      whole.push(
        await timed(async () => {
          const g = (await core.dispatch('analysis.graph', { groupBy, limit: 2000 - r })) as GraphView
          wholeNodes = g.nodes.length
          JSON.stringify(g)
        })
      )

  const timeline: number[] = []
  let points = 0
  collectGarbage()
  for (let r = 0; r < reps; r++)
    for (const lanes of ['speaker', 'theme'] as const)
      timeline.push(
        await timed(async () => {
          const t = (await core.dispatch('analysis.timeline', { lanes, maxLanes: 12 + r })) as TimelineView
          points = t.points.times.length
          JSON.stringify(t)
        })
      )
  const rows: number[] = []
  collectGarbage()
  for (let r = 0; r < reps; r++)
    rows.push(await timed(() => send('statements.list', { limit: 100_000, offset: r })))

  const busiest = [...speakers].sort((a, b) => (stats.speakers[b.id] ?? 0) - (stats.speakers[a.id] ?? 0))
  const side: number[] = []
  collectGarbage()
  const n = Math.min(10, busiest.length)
  for (let r = 0; r < reps * 4; r++) {
    const i = r % n
    const pair = [busiest[i]!.id, busiest[(i + 1 + (r % (n - 1))) % n]!.id]
    side.push(await timed(() => send('analysis.speakers', { speakerIds: pair })))
  }
  return {
    'analysis.graph.focus': under(
      {
        what: `analysis.graph around a linked statement, 1–3 hops (largest ${largest.toLocaleString('en-US')} nodes), as JSON`,
        unit: 'ms',
        ...summarize(focus),
        baseline: linkBaseline
      },
      100
    ),
    'analysis.graph.whole': under(
      {
        what: `analysis.graph of every linked statement, limited to 2,000 nodes (${wholeNodes.toLocaleString('en-US')} shown), grouped 3 ways, as JSON`,
        unit: 'ms',
        ...summarize(whole),
        baseline: linkBaseline
      },
      300
    ),
    'analysis.timeline': under(
      {
        what: `analysis.timeline of every statement (${points.toLocaleString('en-US')} points) by speaker and by theme, as JSON`,
        unit: 'ms',
        ...summarize(timeline),
        baseline: { what: 'statements.list of every statement (claims rows), as JSON', ...summarize(rows) }
      },
      500
    ),
    'analysis.speakers': under(
      {
        what: 'analysis.speakers for two of the ten busiest speakers, as JSON',
        unit: 'ms',
        ...summarize(side),
        baseline: linkBaseline
      },
      100
    )
  }
}
