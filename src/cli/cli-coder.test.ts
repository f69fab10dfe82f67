import { defaultCoderName } from '../core/model/coders'
import { describe, expect, it } from 'vitest'
import { cliWorkspace } from './testing/cli-workspace'

const { run, ok, json } = cliWorkspace('dossier-cli-coder-')

describe('dossier coder', { timeout: 180_000 }, () => {
  it('shows who codes, changes it, and refuses a bad name changing nothing', async () => {
    expect((await run('init')).code).toBe(0)
    const first = (await json('coder')) as { current: { id: string; name: string } }
    expect(first.current.name).toBe(defaultCoderName())
    expect(await ok('coder')).toBe(`Coding as ${first.current.name} (${first.current.id})\n`)

    const set = await ok('coder', 'set', 'Ann Smith')
    expect(set).toMatch(/^Coding as Ann Smith \(cd-[a-z2-9]{8}\)\n$/)
    expect(await ok('coder')).toBe(`${set}Other coders: ${first.current.name}\n`)

    for (const [name, reason] of [
      ['  ', 'a coder name must not be empty'],
      ['x'.repeat(101), 'a coder name must be at most 100 characters']
    ]) {
      const bad = await run('coder', 'set', name!)
      expect(bad.code).toBe(2)
      expect(bad.stderr).toContain(reason)
      expect(bad.stderr.trim().split('\n')).toHaveLength(1)
    }
    expect(await ok('coder')).toBe(`${set}Other coders: ${first.current.name}\n`)
  })
})

describe('dossier coder view and blind', { timeout: 180_000 }, () => {
  const { run, ok, json } = cliWorkspace('dossier-cli-coder-view-')
  const themed = async (theme: string) =>
    ((await json('statements', '--theme', theme)) as { id: string }[]).map((r) => r.id)

  it("narrows what views show to mine, one coder's or everyone's; blind shows only mine", async () => {
    expect((await run('init')).code).toBe(0)
    await ok('theme', 'add', 'Scope test')
    const [s1, s2] = (await json('statements')) as { id: string }[]
    await ok('coder', 'set', 'Ann')
    await ok('tag', s1!.id, 'Scope test')
    await ok('coder', 'set', 'Bob')
    await ok('tag', s2!.id, 'Scope test')
    expect(await themed('Scope test')).toEqual([s1!.id, s2!.id])

    expect(await ok('coder', 'view', 'mine')).toBe('Showing only your codings (Bob)\n')
    expect(await themed('Scope test')).toEqual([s2!.id])
    expect(await ok('coder', 'view', 'ANN')).toBe("Showing only Ann's codings\n")
    expect(await themed('Scope test')).toEqual([s1!.id])
    expect(await ok('coder')).toContain("\nShowing only Ann's codings\n")

    expect(await ok('coder', 'blind', 'on')).toBe('Blind mode: showing only your codings (Bob)\n')
    expect(await themed('Scope test')).toEqual([s2!.id])
    expect(await json('coder', 'blind', 'on')).toEqual({ show: 'mine', blind: true })
    expect(await ok('coder', 'blind', 'off')).toBe('Showing only your codings (Bob)\n')
    expect(await ok('coder', 'view', 'all')).toBe("Showing everyone's codings\n")
    expect(await themed('Scope test')).toEqual([s1!.id, s2!.id])
  })

  it('refuses an unknown coder, a bad on/off and leaving mine while blind, in one line, changing nothing', async () => {
    await ok('coder', 'blind', 'on')
    for (const [args, reason] of [
      [['coder', 'view', 'Zed'], 'no coder "Zed" (say all, mine or one of: '],
      [['coder', 'blind', 'maybe'], 'say on or off, not "maybe"'],
      [['coder', 'view', 'all'], 'blind mode shows only your codings; turn it off to see other coders']
    ] as const) {
      const bad = await run(...args)
      expect(bad.code).toBe(2)
      expect(bad.stderr).toContain(reason)
      expect(bad.stderr.trim().split('\n')).toHaveLength(1)
    }
    expect(await json('coder')).toMatchObject({ scope: { show: 'mine', blind: true } })
  })
})
