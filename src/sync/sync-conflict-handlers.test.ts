import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError, type Api, type ChangeEvent } from '../shared/api'
import { coreClient } from '../core/core-client'
import type { CoreService } from '../core/core-service'
import { openCore } from '../core/open-core'
import { fingerprintDifference, workspaceFingerprint } from '../core/testing/workspace-fingerprint'
import { TEAM_TOKEN, startTestServer, twoCopies } from './testing/sync-fixture'

interface LiveSide {
  core: CoreService
  api: Api
  events: ChangeEvent[]
}

let env: Awaited<ReturnType<typeof twoCopies>>
let dataDir: string
let server: Awaited<ReturnType<typeof startTestServer>> | null
const open: LiveSide[] = []

async function live(dir: string): Promise<LiveSide> {
  const core = await openCore(dir, { onSyncLog: () => undefined, validateOutput: true })
  const events: ChangeEvent[] = []
  core.onChange((e) => events.push(e))
  const side = { core, api: coreClient(core), events }
  open.push(side)
  return side
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}
const connected = (...sides: LiveSide[]) =>
  until(
    async () => {
      for (const s of sides) if ((await s.api['sync.status']({})).state !== 'connected') return false
      return true
    },
    15_000,
    'every side connected'
  )

/** Alice on a and Bob on b give one statement different speakers while the server is down. */
async function speakerConflict(): Promise<{ a: LiveSide; b: LiveSide; statementId: string }> {
  const [a, b] = [await live(env.a), await live(env.b)]
  for (const s of [a, b]) await s.api['sync.connect']({ url: server!.url, token: TEAM_TOKEN })
  await a.api['coders.setCurrent']({ name: 'Alice' })
  await b.api['coders.setCurrent']({ name: 'Bob' })
  await connected(a, b)
  const rows = (await a.api['statements.list']({ limit: 50 })).items
  const st = rows.find((r) => r.speakerId !== null)!
  const [y, z] = (await a.api['speakers.list']({})).filter((s) => s.id !== st.speakerId)

  const port = Number(new URL(server!.url).port)
  await server!.close()
  server = null
  await a.api['statements.setSpeaker']({ statementId: st.id, speakerId: y!.id })
  await b.api['statements.setSpeaker']({ statementId: st.id, speakerId: z!.id })
  server = await startTestServer(dataDir, port)
  await until(
    async () =>
      (await a.api['sync.status']({})).conflicts === 1 && (await b.api['sync.status']({})).conflicts === 1,
    20_000,
    'the conflict on both sides'
  )
  await connected(a, b)
  return { a, b, statementId: st.id }
}

beforeEach(async () => {
  env = await twoCopies()
  dataDir = join(env.root, 'server')
  server = await startTestServer(dataDir)
})

afterEach(async () => {
  for (const s of open.splice(0)) await s.core.close()
  await server?.close()
  await env.cleanup()
})

describe('sync.conflicts and sync.resolveConflict', () => {
  it('lists nothing while team sync is off, and resolves nothing', async () => {
    const a = await live(env.a)
    expect(await a.api['sync.conflicts']({})).toEqual([])
    const err = await a.api['sync.resolveConflict']({ id: 'document:d-1', action: 'confirm' }).catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).code).toBe('NOT_FOUND')
    expect((err as ApiError).message).toMatch(/team sync is off/)
  })

  it('lists a speaker conflict with the status count, and resolves it on both sides through the contract', async () => {
    const { a, b, statementId } = await speakerConflict()
    const [listed] = await a.api['sync.conflicts']({})
    expect(listed).toMatchObject({ id: `speaker:${statementId}`, kind: 'speaker', statementId })
    if (listed?.kind !== 'speaker') throw new Error('a speaker conflict is listed')
    // The same conflict on the other side, told from that coder's side.
    expect(await b.api['sync.conflicts']({})).toEqual([
      { ...listed, otherByYou: listed.keptByYou, keptByYou: listed.otherByYou }
    ])
    expect(listed.otherByYou).not.toBe(listed.keptByYou)

    const seen = a.events.length
    expect(await a.api['sync.resolveConflict']({ id: listed!.id, action: 'keep' })).toEqual([])
    await until(async () => (await b.api['sync.conflicts']({})).length === 0, 2000, 'resolved on b')
    for (const s of [a, b])
      await until(async () => !(await s.api['sync.status']({})).conflicts, 2000, 'no count')
    // Views hear it: a `sync` event with the new status.
    await until(
      async () => a.events.slice(seen).some((e) => e.kinds.includes('sync') && e.sync && !e.sync.conflicts),
      1000,
      'the sync event'
    )
  })

  it('refuses bad input with a one-line error and changes nothing', async () => {
    const { a, statementId } = await speakerConflict()
    const before = await workspaceFingerprint(a.core)
    const listed = await a.api['sync.conflicts']({})
    const cases: [unknown, string][] = [
      [{ id: `speaker:${statementId}`, action: 'explode' }, 'INVALID_INPUT'],
      [{ id: `theme:${statementId}`, action: 'accept' }, 'INVALID_INPUT'],
      [{ id: `speaker:${statementId}`, action: 'accept', also: 1 }, 'INVALID_INPUT'],
      [{ id: `speaker:${statementId}` }, 'INVALID_INPUT'],
      [{ id: `speaker:${statementId}`, action: 'restore' }, 'INVALID_INPUT'],
      [{ id: 'speaker:zz-missing', action: 'accept' }, 'NOT_FOUND'],
      [{ id: 'document:zz-missing', action: 'confirm' }, 'NOT_FOUND']
    ]
    for (const [input, code] of cases) {
      const err = await a.core.dispatch('sync.resolveConflict', input).catch((e: unknown) => e)
      expect(err, JSON.stringify(input)).toBeInstanceOf(ApiError)
      expect((err as ApiError).code, JSON.stringify(input)).toBe(code)
      expect((err as ApiError).message).not.toContain('\n')
    }
    expect(fingerprintDifference(before, await workspaceFingerprint(a.core))).toBe('')
    expect(await a.api['sync.conflicts']({})).toEqual(listed)
  })
})
