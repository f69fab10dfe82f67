import { describe, expect, it } from 'vitest'
import { importTxt, readTxtHeader } from './import-txt'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('importTxt', () => {
  it('keeps the text intact and reads Title:, Date:, Author: and Source: lines', async () => {
    const raw =
      'Title: Interview with the minister\r\nDate: 5 March 2024\r\nAuthor: Ann Lee; Bob Ray\r\n' +
      'Source: https://example.org/interview\r\n\r\nQ: Thank you for coming.\r\n'
    const src = await importTxt(enc(raw), 'C:\\Users\\ann\\interview.txt')
    expect(src).toEqual({
      title: 'Interview with the minister',
      publishedAt: '2024-03-05',
      authors: ['Ann Lee', 'Bob Ray'],
      source: { url: 'https://example.org/interview', fileName: 'interview.txt' },
      text: raw.replace(/\r\n/g, '\n'),
      bodyStart: raw.replace(/\r\n/g, '\n').indexOf('\nQ:')
    })
  })

  it('reads a bare "date YYYY-MM-DD" line after a short first line (the title is found with the header)', async () => {
    const src = await importTxt(
      enc('Budget hearing\ndate 2023-11-02\n\nThe committee met at ten.\n'),
      'h.txt'
    )
    expect(src.title).toBeNull()
    expect(src.publishedAt).toBe('2023-11-02')
    expect(src.text).toBe('Budget hearing\ndate 2023-11-02\n\nThe committee met at ten.\n')
  })

  it('does not take prose, a speaker turn or a lone paragraph for a title', () => {
    expect(readTxtHeader('The committee met at ten.\n\nMore.').title).toBeNull()
    expect(readTxtHeader('Interviewer: Hello\n\nMinister: Hello.').title).toBeNull()
    expect(readTxtHeader('One paragraph without a break').title).toBeNull()
    expect(readTxtHeader('A first line\nthat runs on\n\nbody').title).toBeNull()
  })

  it('only reads metadata from the header, not from the body', () => {
    const h = readTxtHeader('Notes\n\nSome body text here.\nDate: 2020-01-01\nTitle: Not this')
    expect(h).toMatchObject({ title: null, publishedAt: null })
  })

  it('uses Source: as publisher when it is not a URL, and ignores unreadable dates', () => {
    const h = readTxtHeader('Source: Reuters\nPublished: 03/05/2024\nURL: javascript:alert(1)\n\nBody')
    expect(h).toMatchObject({ publisher: 'Reuters', publishedAt: null })
    expect(h.url).toBeUndefined()
  })

  it('reports progress and honours an aborted signal', async () => {
    const calls: number[][] = []
    await importTxt(enc('x'), 'a.txt', { onProgress: (d, t) => calls.push([d, t]) })
    expect(calls).toEqual([[1, 1]])
    await expect(importTxt(enc('x'), 'a.txt', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError'
    })
  })

  it('rejects empty, binary and non-UTF-8 files', async () => {
    await expect(importTxt(enc('  \n'), 'empty.txt')).rejects.toThrow('empty.txt is empty')
    await expect(importTxt(new Uint8Array([0x41, 0, 0x42]), 'b.txt')).rejects.toThrow(
      'b.txt is not a text file (binary content)'
    )
    await expect(importTxt(new Uint8Array([0x41, 0xff]), 'c.txt')).rejects.toThrow(
      'c.txt is not valid UTF-8 (byte 1)'
    )
  })
})
