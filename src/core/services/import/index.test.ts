import { describe, expect, it } from 'vitest'
import { extractSource, ImportError, MAX_IMPORT_BYTES } from './index'
import { makeTestDocx } from './testing/make-test-docx'
import { makeTestOdt } from './testing/make-test-odt'
import { makeTestPdf } from './testing/make-test-pdf'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('extractSource', () => {
  it('dispatches on the format', async () => {
    expect((await extractSource(enc('Hello'), 'a.txt')).text).toBe('Hello')
    expect((await extractSource(enc('# Hi\n\nThere'), 'a.md')).text).toBe('Hi\n\nThere')
    expect((await extractSource(enc('<p>Hi</p>'), 'a.html')).text).toBe('Hi')
    expect((await extractSource(makeTestPdf([['Hi there']]), 'a.pdf')).text).toBe('Hi there')
    expect((await extractSource(makeTestDocx(['Hi doc']), 'a.docx')).text).toBe('Hi doc')
    expect((await extractSource(makeTestOdt('<text:p>Hi odt</text:p>'), 'a.odt')).text).toBe('Hi odt')
    const srt = await extractSource(enc('1\n00:00:01,000 --> 00:00:02,500\nHi subs\n'), 'a.srt')
    expect(srt).toMatchObject({ text: 'Hi subs', cues: [{ start: 0, end: 7, startMs: 1000, endMs: 2500 }] })
    const vtt = await extractSource(enc('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi vtt\n'), 'a.txt')
    expect(vtt).toMatchObject({
      text: 'Ann: Hi vtt',
      turns: [{ start: 0, labelEnd: 5, end: 11, speaker: 'Ann' }]
    })
  })

  it('leaves Dossier exports and REFI-QDA projects to their own import', async () => {
    await expect(extractSource(enc('{}'), 'w.json')).rejects.toThrow(
      'w.json is a Dossier export, not a single source'
    )
    await expect(extractSource(new Uint8Array([0x50, 0x4b, 3, 4]), 'p.qdpx')).rejects.toThrow(
      'p.qdpx is a REFI-QDA project, not a single source'
    )
  })

  it('rejects a file over the size limit before reading it', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1)
    await expect(extractSource(big, 'huge.txt')).rejects.toThrow(
      new ImportError('huge.txt', 'huge.txt is 50.1 MB; the limit is 50 MB')
    )
  })

  it('gives one-line messages without stack traces', async () => {
    const err = await extractSource(enc('%PDF-1.7\nbroken'), 'x.pdf').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ImportError)
    expect((err as ImportError).message).toBe('x.pdf is not a readable PDF')
    expect((err as ImportError).message).not.toMatch(/\n| {4}at /)
  })
})
