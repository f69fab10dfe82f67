import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { docxBomb, qdpxBomb, qdpxLyingHeader } from '../../testing/hostile-files/hostile-zips'
import { repeatedEntry } from '../../testing/hostile-files/repeated-entry'
import { deflatedEntry, writeZip } from '../../testing/hostile-files/write-zip'
import { MAX_UNZIPPED_BYTES } from './limits'
import { readZip, ZipReadError } from './read-zip'

const MB = 1024 * 1024
const all = { want: () => true }
const failure = (f: () => unknown): ZipReadError => {
  try {
    f()
  } catch (err) {
    if (err instanceof ZipReadError) return err
    throw err
  }
  throw new Error('expected a ZipReadError')
}

describe('readZip', () => {
  it('reads stored and deflated entries written by fflate, only those wanted', () => {
    const zip = zipSync({
      'a.txt': strToU8('alpha'),
      'b/c.txt': [strToU8('gamma '.repeat(100)), { level: 0 }]
    })
    const seen: string[] = []
    const files = readZip(zip, { want: (n) => n.endsWith('.txt'), inspect: (n) => seen.push(n) })
    expect(new TextDecoder().decode(files.get('a.txt'))).toBe('alpha')
    expect(new TextDecoder().decode(files.get('b/c.txt'))).toBe('gamma '.repeat(100))
    expect(seen).toEqual(['a.txt', 'b/c.txt'])
    expect(readZip(zip, { want: (n) => n === 'a.txt' }).size).toBe(1)
  })

  it('refuses a bomb whose headers tell the truth before inflating anything', () => {
    const started = performance.now()
    const err = failure(() => readZip(docxBomb(400 * MB), all))
    expect(err).toMatchObject({ kind: 'too-large', message: 'expands past 200 MB' })
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('stops a bomb whose header understates its size as soon as it passes the declared size', () => {
    const started = performance.now()
    const err = failure(() => readZip(qdpxBomb(400 * MB, 'understated'), all))
    expect(err.kind).toBe('damaged')
    expect(err.entry).toMatch(/^sources\/.*\.txt$/)
    expect(err.message).toMatch(/^is damaged: its entry "sources\/.*\.txt" is larger than its header says$/)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('counts the actual sizes of all wanted entries against the cap', () => {
    const half = (name: string) => repeatedEntry(name, { unit: 'x'.repeat(MB), times: 110 })
    const err = failure(() => readZip(writeZip([half('a.txt'), half('b.txt')]), all))
    expect(err.kind).toBe('too-large')
    // the same entries, unwanted, cost nothing
    expect(readZip(writeZip([half('a.txt'), half('b.txt')]), { want: () => false }).size).toBe(0)
    expect(MAX_UNZIPPED_BYTES).toBe(200 * MB)
  })

  it('treats an entry larger or smaller than its header says as damaged, naming it', () => {
    expect(failure(() => readZip(qdpxLyingHeader('smaller'), all))).toMatchObject({
      kind: 'damaged',
      message: expect.stringMatching(/entry "sources\/3{8}-.*\.txt" is larger than its header says/)
    })
    expect(failure(() => readZip(qdpxLyingHeader('larger'), all)).message).toMatch(
      /entry "sources\/3{8}-.*\.txt" is smaller than its header says/
    )
  })

  it('checks the CRC, refuses encrypted, unknown-method and duplicate entries', () => {
    const good = deflatedEntry('a.txt', 'hello world')
    expect(failure(() => readZip(writeZip([{ ...good, crc: good.crc ^ 1 }]), all)).message).toBe(
      'is damaged: its entry "a.txt" fails its checksum'
    )
    expect(failure(() => readZip(writeZip([good, good]), all)).message).toBe(
      'is damaged: its entry "a.txt" is listed twice'
    )
    const bzip = { ...good, method: 12 as 8 }
    expect(failure(() => readZip(writeZip([bzip]), all)).message).toMatch(
      /unsupported compression method \(12\)/
    )
    const zip = writeZip([good])
    new DataView(zip.buffer).setUint16(zip.length - 22 - 46 - 5 + 8, 0x801, true) // central flags: encrypted
    expect(failure(() => readZip(zip, all)).message).toMatch(/"a.txt" is encrypted/)
  })

  it('refuses truncated data and files that are not zips', () => {
    const zip = zipSync({ 'a.txt': strToU8('alpha '.repeat(1000)) })
    expect(failure(() => readZip(zip.subarray(0, zip.length - 10), all)).kind).toBe('damaged')
    expect(failure(() => readZip(strToU8('PK\x03\x04 not really'), all)).kind).toBe('damaged')
    expect(failure(() => readZip(new Uint8Array(0), all)).kind).toBe('damaged')
    // the directory is intact but points into data that is cut short
    const big = zipSync({ 'a.txt': [strToU8('x'.repeat(5000) + Math.random()), { level: 0 }] })
    const cut = new Uint8Array([...big.subarray(0, 100), ...big.subarray(big.length - 22 - 35 - 46)])
    expect(failure(() => readZip(cut, all)).kind).toBe('damaged')
  })
})
