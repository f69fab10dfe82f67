import { readFileSync } from 'node:fs'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importDocx } from './import-docx'
import { makeTestDocx } from './testing/make-test-docx'

describe('importDocx', () => {
  it('extracts paragraphs, headings and tables, and reads docProps/core.xml', async () => {
    const docx = makeTestDocx(
      [
        { heading: 'Minutes of the meeting' },
        'The chair opened the meeting.',
        'Ms Lee & Mr Ray <agreed>.',
        {
          table: [
            ['Motion', 'Votes'],
            ['Budget', '12']
          ]
        }
      ],
      { core: { title: 'Board minutes', creator: 'Ann Lee; Bob Ray', created: '2024-03-05T10:00:00Z' } }
    )
    expect(await importDocx(docx, 'minutes.docx')).toEqual({
      title: 'Board minutes',
      publishedAt: '2024-03-05T10:00:00Z',
      dateIsFileCreation: true,
      authors: ['Ann Lee', 'Bob Ray'],
      source: { fileName: 'minutes.docx' },
      text: 'Minutes of the meeting\n\nThe chair opened the meeting.\n\nMs Lee & Mr Ray <agreed>.\n\nMotion\tVotes\n\nBudget\t12'
    })
  })

  it('falls back to the first Heading 1 for the title when core.xml has none', async () => {
    const noCore = await importDocx(makeTestDocx([{ heading: 'Field notes' }, 'Body.']), 'a.docx')
    expect(noCore).toMatchObject({ title: 'Field notes', authors: [], publishedAt: null })
    const emptyTitle = await importDocx(
      makeTestDocx(['Body.'], { core: { title: '', creator: '' } }),
      'b.docx'
    )
    expect(emptyTitle).toMatchObject({ title: null, authors: [] })
  })

  it('rejects a file that is not a zip, or a truncated one', async () => {
    const msg = (name: string): string => `${name} is not a valid .docx (truncated or not a zip)`
    await expect(importDocx(new TextEncoder().encode('plain text'), 'fake.docx')).rejects.toThrow(
      msg('fake.docx')
    )
    const docx = makeTestDocx(['Some text'])
    await expect(importDocx(docx.slice(0, Math.floor(docx.length / 2)), 'cut.docx')).rejects.toThrow(
      msg('cut.docx')
    )
    await expect(importDocx(new Uint8Array(), 'empty.docx')).rejects.toThrow('empty.docx is empty')
  })

  it('rejects a zip that is not a Word document, and a legacy or protected .doc', async () => {
    const zip = zipSync({ 'hello.txt': strToU8('hi') })
    await expect(importDocx(zip, 'other.docx')).rejects.toThrow(
      'other.docx is not a valid .docx (no document part)'
    )
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    await expect(importDocx(ole, 'old.docx')).rejects.toThrow(
      'old.docx is a legacy .doc or a password-protected document; save it as an unprotected .docx'
    )
  })

  it('rejects a document without text, and honours an aborted signal', async () => {
    await expect(importDocx(makeTestDocx(['', '  ']), 'blank.docx')).rejects.toThrow('blank.docx has no text')
    await expect(
      importDocx(makeTestDocx(['x']), 'a.docx', { signal: AbortSignal.abort() })
    ).rejects.toMatchObject({
      name: 'AbortError'
    })
  })

  it('reads a real document saved by LibreOffice (a State Department interview, test-fixtures/import)', async () => {
    const path = new URL(
      '../../../../test-fixtures/import/state-interview-blinken-cbs-2022-02-24.docx',
      import.meta.url
    )
    const src = await importDocx(new Uint8Array(readFileSync(path)), 'interview.docx')
    const paragraphs = src.text.split('\n\n')
    // The text file's 20 non-blank lines, one paragraph each, as LibreOffice saved them.
    expect(paragraphs).toHaveLength(20)
    expect(paragraphs).toContain('SECRETARY BLINKEN: Good to be with you, Norah. Thanks.') // spaces collapse, as in HTML
    expect(paragraphs).toContain('Secure .gov websites use HTTPS')
  })
})
