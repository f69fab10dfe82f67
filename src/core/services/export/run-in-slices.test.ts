import { describe, expect, it } from 'vitest'
import { finishAtOnce, runInSlices } from './run-in-slices'
import { countTurns } from './testing/count-turns'

describe('runInSlices', () => {
  it('runs a step that returns a generator to its end, with turns where it yields', async () => {
    const turns = countTurns()
    function* long(): Generator<void, string> {
      for (let i = 0; i < 20; i++) yield
      return 'long'
    }
    const reports: [number, number][] = []
    const out = await runInSlices([() => 'short', long, () => 'last'], {
      sliceMs: 0,
      onProgress: (d, t) => reports.push([d, t])
    })
    expect(turns.stop()).toBeGreaterThanOrEqual(20)
    expect(out).toEqual(['short', 'long', 'last'])
    // At each turn, also those inside the long step.
    expect(reports[0]).toEqual([0, 3])
    expect(reports.filter(([d]) => d === 1).length).toBeGreaterThanOrEqual(20)
    expect(reports.slice(-2)).toEqual([
      [2, 3],
      [3, 3]
    ])
  })

  it('stops inside a step that yields once cancelled', async () => {
    const controller = new AbortController()
    function* endless(): Generator<void, never> {
      for (;;) {
        controller.abort()
        yield
      }
    }
    await expect(runInSlices([endless], { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError'
    })
  })

  it("finishAtOnce gives the generator's value without turns", () => {
    function* work(): Generator<void, number> {
      yield
      yield
      return 7
    }
    expect(finishAtOnce(work())).toBe(7)
  })
})
