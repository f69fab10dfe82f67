import { join } from 'node:path'
import type { CoreService } from '../../src/core/core-service'
import { openCore } from '../../src/core/open-core'
import type { DocumentSummary, DocumentView } from '../../src/shared/api'
import type { Statement, Theme } from '../../src/shared/domain'
import { bareWrite } from './bare-write'
import { withinFactor, type Measurement } from './measurement'
import { Prng } from './prng'
import { collectGarbage, summarize } from './stats'

export const CHANGES = ['tag', 'annotate', 'link', 'renameTheme', 'undo'] as const
export type ChangeKind = (typeof CHANGES)[number]

export interface ChangeSamples {
  op: number[]
  bare: number[]
  files: Set<string>
}

/** A writable core on `dir` that records which files each save writes. */
export async function openRecording(dir: string): Promise<{ core: CoreService; written: string[] }> {
  const written: string[] = []
  const core = await openCore(dir, {
    hooks: { onOp: (op, file) => void (op === 'write' && written.push(file)) }
  })
  return { core, written }
}

/** One open workspace, ready to make each kind of change on random statements and themes. */
interface ChangeMaker {
  core: CoreService
  written: string[]
  run: Record<ChangeKind, (i: number) => Promise<unknown>>
}

async function changeMaker(dir: string, seed: number): Promise<ChangeMaker> {
  const rng = new Prng(seed)
  const { core, written } = await openRecording(dir)
  const call = <T>(op: string, input: unknown) => core.dispatch(op, input) as Promise<T>
  // Steady state: the search index (built in the background after open) is complete.
  await call('search.query', { q: 'warm up' })
  const docs = await call<DocumentSummary[]>('documents.list', {})
  const themes = await call<Theme[]>('themes.list', {})
  const pool: Statement[] = []
  for (let i = 0; i < Math.min(docs.length, 200); i++) {
    const view = await call<DocumentView>('documents.get', { id: rng.pick(docs).id })
    for (let k = 0; k < 10; k++) pool.push(rng.pick(view.statements))
  }
  const tagged = new Set<string>()
  const note = (t: string) => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }]
  })
  const run: Record<ChangeKind, (i: number) => Promise<unknown>> = {
    tag: async () => {
      for (;;) {
        const st = rng.pick(pool)
        const theme = rng.pick(themes)
        // The pool's statements are the core's own objects (in-process dispatch): never modify them.
        const key = `${st.id} ${theme.id}`
        if (st.themeIds.includes(theme.id) || tagged.has(key)) continue
        tagged.add(key)
        return call('statements.tag', { statementIds: [st.id], themeIds: [theme.id] })
      }
    },
    annotate: async (i) => {
      const st = rng.pick(pool)
      return call('annotations.create', {
        documentId: st.documentId,
        start: st.start,
        end: Math.min(st.end, st.start + 24),
        themeIds: [rng.pick(themes).id],
        note: note(`Benchmark note ${i}`)
      })
    },
    link: async () => {
      for (;;) {
        const [a, b] = [rng.pick(pool), rng.pick(pool)]
        if (a.id === b.id) continue
        try {
          return await call('links.create', { fromId: a.id, toId: b.id, relation: 'supports' })
        } catch (err) {
          if ((err as { code?: string }).code !== 'CONFLICT') throw err
        }
      }
    },
    renameTheme: async (i) => {
      const theme = rng.pick(themes)
      return call('themes.update', { id: theme.id, name: `${theme.name.replace(/ ·\d+$/, '')} ·${i}` })
    },
    // Runs right after renameTheme: takes that rename back.
    undo: () => call('history.undo', {})
  }
  return { core, written, run }
}

/**
 * Times `reps` of each single durable change through dispatch (validation, state, store, search, events), each
 * followed by a bare write + fsync + rename of the file it wrote, in each of the workspaces `dirs` (open at the
 * same time). Kinds and workspaces take turns, so every measurement sees the same disk and the same machine load.
 */
export async function sampleChanges(
  dirs: string[],
  reps: number,
  seed = 7
): Promise<Record<ChangeKind, ChangeSamples>[]> {
  const makers: ChangeMaker[] = []
  try {
    for (const dir of dirs) makers.push(await changeMaker(dir, seed))
    collectGarbage()
    const out = makers.map(
      () =>
        Object.fromEntries(
          CHANGES.map((k) => [k, { op: [], bare: [], files: new Set() }])
        ) as unknown as Record<ChangeKind, ChangeSamples>
    )
    for (let i = -3; i < reps; i++) {
      for (const kind of CHANGES) {
        for (const [w, m] of makers.entries()) {
          m.written.length = 0
          const t0 = performance.now()
          await m.run[kind](i)
          const t = performance.now() - t0
          if (m.written.length !== 1)
            throw new Error(`${kind} wrote ${m.written.length} files (${m.written.join(', ')})`)
          const file = m.written[0]!
          const bare = await bareWrite(join(m.core.dir, file))
          if (i < 0) continue
          out[w]![kind].op.push(t)
          out[w]![kind].bare.push(bare)
          out[w]![kind].files.add(file)
        }
      }
    }
    return out
  } finally {
    for (const m of makers) await m.core.close()
  }
}

const LABEL: Record<ChangeKind, string> = {
  tag: 'tag a statement (statements.tag)',
  annotate: 'annotate a span with a note (annotations.create)',
  link: 'link two statements (links.create)',
  renameTheme: 'rename a theme (themes.update)',
  undo: 'undo the last change (history.undo of a theme rename, rebased on the workspace as it is now)'
}

const fileKinds = (files: Set<string>) =>
  [...new Set([...files].map((f) => f.replace(/\/[^/]+\.json$/, '/<id>.json')))].join(', ')

export function changeMeasurements(samples: Record<ChangeKind, ChangeSamples>): Record<string, Measurement> {
  const out: Record<string, Measurement> = {}
  for (const kind of CHANGES) {
    const s = samples[kind]
    out[`change.${kind}`] = withinFactor(
      {
        what: `${LABEL[kind]}, durable`,
        unit: 'ms',
        ...summarize(s.op),
        baseline: {
          what: `bare write + fsync + rename of the same file (${fileKinds(s.files)})`,
          ...summarize(s.bare)
        }
      },
      3
    )
  }
  return out
}

/** The same changes at 10× the workspace, held against their cost at 1×. */
export function scaleMeasurements(
  small: Record<ChangeKind, ChangeSamples>,
  large: Record<ChangeKind, ChangeSamples>,
  factor: number
): Record<string, Measurement> {
  const out: Record<string, Measurement> = {}
  for (const kind of CHANGES) {
    out[`change.${kind}@${factor}x`] = withinFactor(
      {
        what: `${LABEL[kind]} in a workspace ${factor}× larger`,
        unit: 'ms',
        ...summarize(large[kind].op),
        baseline: { what: 'the same change at 1×', ...summarize(small[kind].op) }
      },
      1.5
    )
  }
  return out
}
