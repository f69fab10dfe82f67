import { describe, expect, it } from 'vitest'
import { detectFormat } from './detect-format'
import { makeTestDocx } from './testing/make-test-docx'
import { makeTestOdt } from './testing/make-test-odt'
import { makeTestPdf } from './testing/make-test-pdf'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('detectFormat', () => {
  it('chooses by extension, case-insensitively', () => {
    expect(detectFormat(enc('x'), 'a.txt')).toBe('txt')
    expect(detectFormat(enc('x'), 'A.MD')).toBe('markdown')
    expect(detectFormat(enc('<p>'), 'a.html')).toBe('html')
    expect(detectFormat(enc('<p>'), 'dir.v2/a.htm')).toBe('html')
    expect(detectFormat(makeTestPdf([['x']]), 'a.pdf')).toBe('pdf')
    expect(detectFormat(makeTestDocx(['x']), 'a.docx')).toBe('docx')
    expect(detectFormat(enc('{}'), 'export.json')).toBe('json')
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 3, 4]), 'p.qdpx')).toBe('qdpx')
    expect(detectFormat(makeTestOdt('<text:p>x</text:p>'), 'a.ODT')).toBe('odt')
    expect(detectFormat(enc('1\n00:00:01,000 --> 00:00:02,000\nHi\n'), 'a.srt')).toBe('srt')
    expect(detectFormat(enc('WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n'), 'a.vtt')).toBe('vtt')
  })

  it('recognises WebVTT and OpenDocument text by their content', () => {
    expect(detectFormat(enc('\uFEFFWEBVTT - News\r\n\r\n00:01.000 --> 00:02.000\nHi'), 'captions.txt')).toBe(
      'vtt'
    )
    expect(detectFormat(enc('WEBVTT\n\n00:01.000 --> 00:02.000\nHi'), 'mislabelled.srt')).toBe('vtt')
    expect(detectFormat(enc('WEBVTTX is not a header'), 'notes.txt')).toBe('txt')
    expect(detectFormat(makeTestOdt('<text:p>x</text:p>'), 'saved-as.docx')).toBe('odt')
    expect(detectFormat(makeTestOdt('<text:p>x</text:p>', { mimetype: null }), 'no-mimetype.odt')).toBe('odt')
    expect(detectFormat(makeTestDocx(['x']), 'word.docx')).toBe('docx')
  })

  it('trusts %PDF- over the extension, and tolerates junk before it in a .pdf', () => {
    expect(detectFormat(makeTestPdf([['x']]), 'download.txt')).toBe('pdf')
    expect(detectFormat(new Uint8Array([...enc('junk\n'), ...makeTestPdf([['x']])]), 'a.pdf')).toBe('pdf')
    expect(detectFormat(enc('about %PDF-1.7 headers'), 'notes.txt')).toBe('txt')
  })

  it('rejects unsupported or missing extensions', () => {
    expect(() => detectFormat(enc('x'), 'data/sheet.xyz')).toThrow(
      'sheet.xyz: unsupported file type .xyz (supported: .txt, .md, .markdown, .html, .htm, .pdf, .docx, .odt, .srt, .vtt, .json, .qdpx)'
    )
    expect(() => detectFormat(enc('x'), 'README')).toThrow(
      'README has no file extension (supported: .txt, .md, .markdown, .html, .htm, .pdf, .docx, .odt, .srt, .vtt, .json, .qdpx)'
    )
  })

  it('rejects content that does not match its extension, and empty files', () => {
    expect(() => detectFormat(enc('hello'), 'a.pdf')).toThrow(
      'a.pdf is not a PDF (it does not start with %PDF)'
    )
    expect(() => detectFormat(enc('hello'), 'a.docx')).toThrow(
      'a.docx is not a valid .docx (truncated or not a zip)'
    )
    expect(() => detectFormat(enc('hello'), 'a.qdpx')).toThrow('a.qdpx is a truncated or damaged zip')
    expect(() => detectFormat(enc('hello'), 'a.odt')).toThrow(
      'a.odt is not a valid .odt (truncated or not a zip)'
    )
    expect(() => detectFormat(new Uint8Array(), 'a.pdf')).toThrow('a.pdf is empty')
  })
})
