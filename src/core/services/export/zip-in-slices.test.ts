import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { countTurns } from './testing/count-turns'
import { zipInSlices } from './zip-in-slices'

const mtime = new Date(Date.UTC(2024, 4, 30, 13, 45, 17))

/** Bytes that do not compress: a linear congruential sequence. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) out[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24
  return out
}

describe('zipInSlices', () => {
  it('writes the same bytes as zipSync: text, text in parts, bytes; small, empty, non-ASCII named and large', async () => {
    const qde = Array.from({ length: 40_000 }, (_, i) => `<Note n="${i}">Grüße 📎</Note>\n`)
    const big = noise(300_000, 7)
    const files: [string, Uint8Array | string | string[]][] = [
      ['project.qde', qde],
      ['empty.txt', ''],
      ['sources/Zürich – “notes” 📎.txt', 'Grüße aus Zürich. '.repeat(500)],
      ['noise.bin', big],
      ['sources/small.bin', strToU8('One line.\r\nAnother.\r\n')]
    ]
    const bytes = files.map(([path, content]): [string, Uint8Array] => [
      path,
      content instanceof Uint8Array
        ? content
        : strToU8(typeof content === 'string' ? content : content.join(''))
    ])
    const expected = zipSync(Object.fromEntries(bytes), { level: 6, mtime })
    const sliced = await zipInSlices(files, { level: 6, mtime }, { sliceMs: 0 })
    expect(Buffer.from(sliced).equals(Buffer.from(expected))).toBe(true)
    expect(Object.keys(unzipSync(sliced))).toEqual(files.map(([path]) => path))
    // The caller's bytes are copied to the worker, not moved.
    expect(big.length).toBe(300_000)
  })

  it('writes an empty zip as zipSync does', async () => {
    expect(await zipInSlices([], { level: 6, mtime })).toEqual(zipSync({}, { level: 6, mtime }))
  })

  it('gives the event loop turns between entries', async () => {
    const files = Array.from({ length: 100 }, (_, i): [string, string] => [
      `sources/${i}.txt`,
      `Statement ${i}, quoted in full. `.repeat(300)
    ])
    const turns = countTurns()
    await zipInSlices(files, { level: 6, mtime }, { sliceMs: 0 })
    expect(turns.stop()).toBeGreaterThan(50)
  })

  it('stops with an AbortError once cancelled, also while a large entry is compressed aside', async () => {
    const controller = new AbortController()
    const zipping = zipInSlices([['big.bin', noise(2_000_000, 1)]], { level: 9, mtime }, controller)
    controller.abort()
    await expect(zipping).rejects.toMatchObject({ name: 'AbortError' })
    await expect(
      zipInSlices([['a.txt', strToU8('a')]], { level: 6, mtime }, { signal: AbortSignal.abort() })
    ).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('refuses a date a zip cannot hold', async () => {
    await expect(zipInSlices([], { level: 6, mtime: new Date(1970, 0, 1) })).rejects.toThrow(
      'zip dates must be between 1980 and 2099'
    )
  })
})
