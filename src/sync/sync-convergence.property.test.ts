import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { WorkspaceStore } from '../core/store/workspace-store'
import { seededWorkspace } from '../core/services/seed/seed-workspace'
import type { SyncConnection } from '../core/sync/workspace-sync'
import { TEAM_TOKEN, exportOf, openSide, startTestServer, waitFor, type Side } from './testing/sync-fixture'

type Step =
  | { client: number; op: 'tag' | 'untag'; statement: number; theme: number }
  | { client: number; op: 'mergeTheme' | 'deleteTheme'; theme: number; into: number }
  | { client: number; op: 'theme' | 'note'; name: string }
  | { client: number; op: 'disconnect' | 'connect' }

const step: fc.Arbitrary<Step> = fc.oneof(
  // Mostly tags and untags of few statements and themes, so that clients often code the same ones concurrently.
  {
    weight: 4,
    arbitrary: fc.record({
      client: fc.nat(2),
      op: fc.constantFrom('tag' as const, 'tag' as const, 'untag' as const),
      statement: fc.nat(2),
      theme: fc.nat(5)
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      client: fc.nat(2),
      op: fc.constantFrom('mergeTheme' as const, 'deleteTheme' as const),
      theme: fc.nat(5),
      into: fc.nat(5)
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      client: fc.nat(2),
      op: fc.constantFrom('theme' as const, 'note' as const),
      name: fc.string({ minLength: 1, maxLength: 8 })
    })
  },
  {
    weight: 2,
    arbitrary: fc.record({
      client: fc.nat(2),
      op: fc.constantFrom('disconnect' as const, 'connect' as const)
    })
  }
)

let root: string
let seed: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-converge-'))
  seed = join(root, 'seed')
  await (await WorkspaceStore.create(seed, seededWorkspace())).close()
})
afterAll(() => rm(root, { recursive: true, force: true }))

let run = 0

it(
  'three clients converge whatever the interleaving of edits and disconnects',
  { timeout: 240_000 },
  async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const dir = join(root, `run-${run++}`)
        const dirs = [0, 1, 2].map((i) => join(dir, `c${i}`))
        for (const d of dirs) await cp(seed, d, { recursive: true })
        const server = await startTestServer(join(dir, 'server'))
        const sides: Side[] = []
        const links: (SyncConnection | null)[] = [null, null, null]
        const connect = (i: number) => {
          links[i] ??= sides[i]!.sync.connect(server.url, TEAM_TOKEN, { onLog: () => undefined })
        }
        /** Tags that changed a statement, by statement and theme, until someone untags or removes the theme. */
        const tagged = new Set<string>()
        try {
          for (const d of dirs) sides.push(await openSide(d))
          for (const i of [0, 1, 2]) connect(i)
          for (const s of steps) {
            const side = sides[s.client]!
            const statements = [...side.ws.state.statements.keys()]
            const themes = [...side.ws.state.themes.keys()]
            if (s.op === 'connect') connect(s.client)
            else if (s.op === 'disconnect') {
              await links[s.client]?.close()
              links[s.client] = null
            } else if (s.op === 'theme')
              await side.api['themes.create']({ name: `${s.name} ${s.client}` }).catch(() => undefined)
            else if (s.op === 'note') await side.api['notes.create']({ title: s.name })
            else if (s.op === 'deleteTheme' || s.op === 'mergeTheme') {
              const [from, into] = [themes[s.theme % themes.length]!, themes[s.into % themes.length]!]
              if (themes.length > 2 && from !== into) {
                if (s.op === 'deleteTheme') await side.api['themes.delete']({ id: from })
                else await side.api['themes.merge']({ fromId: from, intoId: into })
              }
            } else if (s.op === 'tag' || s.op === 'untag') {
              const [statementId, themeId] = [statements[s.statement]!, themes[s.theme % themes.length]!]
              const input = { statementIds: [statementId], themeIds: [themeId] }
              if (s.op === 'untag') {
                await side.api['statements.untag'](input)
                tagged.delete(`${statementId} ${themeId}`)
              } else if ((await side.api['statements.tag'](input)).changed > 0)
                tagged.add(`${statementId} ${themeId}`)
            }
            await new Promise((r) => setTimeout(r, 15))
          }
          for (const i of [0, 1, 2]) connect(i)
          await Promise.all(links.map((l) => l!.inSync(20_000)))
          await waitFor(() => new Set(sides.map(exportOf)).size === 1, 10_000, 'the three exports to match')
          expect(sides.reduce((n, s) => n + s.sync.refused, 0)).toBe(0)
          const { statements, themes } = sides[0]!.ws.state
          for (const st of statements.values()) for (const t of st.themeIds) expect(themes.has(t)).toBe(true)
          // A tag nobody untagged is kept, whatever was tagged concurrently (unless its theme went).
          for (const key of tagged) {
            const [statementId, themeId] = key.split(' ') as [string, string]
            if (themes.has(themeId)) expect(statements.get(statementId)!.themeIds).toContain(themeId)
          }
        } finally {
          for (const l of links) await l?.close()
          for (const s of sides) await s.close()
          await server.close()
          await rm(dir, { recursive: true, force: true })
        }
      }),
      { numRuns: 12 }
    )
  }
)
