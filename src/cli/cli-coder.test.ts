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
