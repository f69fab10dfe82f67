import { describe, expect, it } from 'vitest'
import { openingProgress } from './opening-progress'

function fakeTerminal(isTTY = true) {
  const written: string[] = []
  const stream = { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream
  return { stream, written }
}

describe('openingProgress', () => {
  it('stays silent while opening is quick, then shows how far it got, and clears the line when done', () => {
    const { stream, written } = fakeTerminal()
    let t = 0
    const p = openingProgress(stream, 300, () => t)
    t = 100
    p.onProgress(10, 1000)
    expect(written).toEqual([])
    t = 400
    p.onProgress(500, 1000)
    expect(written.at(-1)).toContain('50% Opening the workspace (1,000 files)')
    p.done()
    expect(written.at(-1)).toBe('\r\x1b[2K')
  })

  it('writes nothing when stderr is not a terminal', () => {
    const { stream, written } = fakeTerminal(false)
    const p = openingProgress(stream, 0, () => 1000)
    p.onProgress(1, 2)
    p.done()
    expect(written).toEqual([])
  })
})
