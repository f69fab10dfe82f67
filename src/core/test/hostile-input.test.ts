import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ApiError, EXPORT_FORMATS, OP_NAMES, contract, type OpName } from '../../shared/api'
import { deeplyNested, idFields, malformedInput } from '../testing/malformed-input'
import { tempCore, testCore, type TempCore } from '../testing/temp-core'
import { createFixtures, validInputs, type FixtureIds } from '../testing/valid-inputs'
import { fingerprintDifference, workspaceFingerprint } from '../testing/workspace-fingerprint'

let t: TempCore
let ids: FixtureIds
let inputs: ReturnType<typeof validInputs>
let before: string

beforeAll(async () => {
  t = await tempCore('seeded')
  ids = await createFixtures(t.api)
  inputs = validInputs(ids)
  before = await workspaceFingerprint(t.core)
})
afterAll(() => t.cleanup())

const outcome = (op: string, input: unknown) =>
  t.core.dispatch(op, input).then(
    (result) => ({ ok: true as const, result }),
    (error: unknown) => ({ ok: false as const, error })
  )

/** After a rejected call: nothing the user could see has changed. */
async function expectUnchanged(what: string): Promise<void> {
  const now = await workspaceFingerprint(t.core)
  expect(fingerprintDifference(before, now), `${what} changed the workspace`).toBe('')
}

describe('hostile input over the whole contract', () => {
  it('has a valid baseline input for every operation', () => {
    for (const op of OP_NAMES) {
      const input = inputs[op]
      expect(input, `no baseline input for ${op}: add one to src/core/test/valid-inputs.ts`).toBeDefined()
      expect(contract[op].input.safeParse(input).error?.message, op).toBeUndefined()
    }
  })

  it(
    'rejects every malformed input with INVALID_INPUT and changes nothing',
    { timeout: 120_000 },
    async () => {
      const log = vi.spyOn(console, 'error')
      const cases = fc
        .constantFrom(...OP_NAMES)
        .chain((op) => malformedInput(contract[op].input, inputs[op] ?? {}).map((m) => ({ op, ...m })))
      await fc.assert(
        fc.asyncProperty(cases, async ({ op, input, why }) => {
          const started = Date.now()
          const r = await outcome(op, input)
          expect(r.ok, `${op} accepted ${why}`).toBe(false)
          const error = (r as { error: unknown }).error
          expect(error, `${op} (${why}) threw a non-ApiError: ${String(error)}`).toBeInstanceOf(ApiError)
          expect((error as ApiError).code, `${op} (${why}): ${(error as ApiError).message}`).toBe(
            'INVALID_INPUT'
          )
          expect((error as ApiError).message.length, 'the message is bounded').toBeLessThan(2000)
          expect(Date.now() - started, `${op} (${why}) is rejected quickly`).toBeLessThan(2000)
          await expectUnchanged(`${op} with ${why}`)
        }),
        { numRuns: 800 }
      )
      expect(log, 'nothing was logged as an internal error').not.toHaveBeenCalled()
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').toBeUndefined()
      log.mockRestore()
    }
  )

  it(
    'answers random input with a result or an ApiError, never INTERNAL; a rejected call changes nothing',
    { timeout: 120_000 },
    async () => {
      const log = vi.spyOn(console, 'error')
      const shaped = (op: OpName) =>
        fc.record(
          Object.fromEntries(Object.keys(inputs[op] ?? {}).map((k) => [k, fc.jsonValue({ maxDepth: 3 })])),
          {
            requiredKeys: []
          }
        )
      const cases = fc
        .constantFrom(...OP_NAMES.filter((op) => op !== 'workspace.restore'))
        .chain((op) =>
          fc
            .oneof(fc.anything({ maxDepth: 3 }), fc.dictionary(fc.string(), fc.jsonValue()), shaped(op))
            .map((input) => ({ op, input }))
        )
      await fc.assert(
        fc.asyncProperty(cases, async ({ op, input }) => {
          const r = await outcome(op, input)
          if (r.ok) {
            before = await workspaceFingerprint(t.core)
            return
          }
          expect(r.error, `${op} threw a non-ApiError: ${String(r.error)}`).toBeInstanceOf(ApiError)
          expect((r.error as ApiError).code, `${op}: ${(r.error as ApiError).message}`).not.toBe('INTERNAL')
          await expectUnchanged(op)
        }),
        { numRuns: 800 }
      )
      expect(log).not.toHaveBeenCalled()
      log.mockRestore()
    }
  )

  it('refuses well-formed input naming missing ids with NOT_FOUND (or CONFLICT), changing nothing', async () => {
    for (const op of OP_NAMES) {
      // A task id is chosen by the client, it names nothing that must exist.
      for (const { key, list } of idFields(contract[op].input).filter((f) => f.key !== 'taskId')) {
        const input = { ...inputs[op], [key]: list ? ['zz-missing-1'] : 'zz-missing-1' }
        const r = await outcome(op, input)
        if (r.ok) {
          expect(contract[op].mutates, `${op} with a missing ${key} succeeded`).toBe(false)
          continue
        }
        expect(r.error, `${op}.${key}`).toBeInstanceOf(ApiError)
        expect(
          ['NOT_FOUND', 'CONFLICT', 'INVALID_INPUT'],
          `${op}.${key}: ${(r.error as ApiError).message}`
        ).toContain((r.error as ApiError).code)
        await expectUnchanged(`${op} with a missing ${key}`)
      }
    }
  })

  it('bounds rich text 10,000 levels deep on every operation that takes rich text', async () => {
    const deep = deeplyNested(10_000)
    for (const [op, key] of [
      ['notes.create', 'content'],
      ['notes.update', 'content'],
      ['annotations.create', 'note'],
      ['annotations.update', 'note']
    ] as const) {
      const r = await outcome(op, { ...inputs[op], [key]: deep })
      expect((r as { error?: ApiError }).error?.message, op).toMatch(/nested more than 40 levels/)
    }
    await expectUnchanged('deep rich text')
  })

  it('takes prototype-pollution words as plain names', async () => {
    const words = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString']
    for (const name of words) {
      await t.api['themes.create']({ name })
      await t.api['speakers.create']({ name, aliases: [`${name} alias`] })
      await t.api['notes.create']({ title: name })
    }
    const themes = (await t.api['themes.list']({})).map((x) => x.name)
    const speakers = (await t.api['speakers.list']({})).map((x) => x.name)
    const notes = (await t.api['notes.list']({})).map((x) => x.title)
    for (const name of words) {
      expect(themes).toContain(name)
      expect(speakers).toContain(name)
      expect(notes).toContain(name)
    }
    const row = await t.api['statements.setSpeaker']({
      statementId: ids.statement.id,
      speakerName: 'constructor'
    })
    const constructor = (await t.api['speakers.list']({})).find((s) => s.name === 'constructor')
    expect(row.speakerId).toBe(constructor?.id)
    await expect(t.api['themes.create']({ name: 'Constructor' })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(Object.prototype)).toEqual([])
    before = await workspaceFingerprint(t.core)
  })
})

describe('hostile input on an empty workspace', () => {
  it('every export format answers with files or a clear error, never INTERNAL', async () => {
    const empty = await testCore('empty')
    for (const format of EXPORT_FORMATS) {
      const r = await empty.core.dispatch('export.run', { format }).then(
        () => null,
        (e: unknown) => e
      )
      if (r) expect((r as ApiError).code, `${format}: ${(r as Error).message}`).toBe('INVALID_INPUT')
    }
  })
})
