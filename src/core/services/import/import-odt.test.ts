import { readFileSync } from 'node:fs'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importOdt } from './import-odt'
import { makeTestOdt } from './testing/make-test-odt'

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../../test-fixtures/import/${name}`, import.meta.url)))

describe('importOdt', () => {
  it('reads headings, spans, spaces, tabs, line breaks, lists, tables and footnotes, and meta.xml', async () => {
    const body =
      '<text:h text:outline-level="1">Minutes of the <text:span>meeting</text:span></text:h>' +
      '<text:p>The chair   opened\n   the meeting.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>' +
      '<text:note-body><text:p>Held in Room 4.</text:p></text:note-body></text:note> Ms Lee &amp; Mr Ray &lt;agreed&gt;&#x2014;all<text:s text:c="2"/>of them.</text:p>' +
      '<text:p>Name<text:tab/>Vote<text:line-break/>Budget<text:tab/>yes</text:p>' +
      '<text:p>  </text:p>' +
      '<text:list><text:list-item><text:p>First item</text:p></text:list-item>' +
      '<text:list-item><text:list><text:list-item><text:p>Nested item</text:p></text:list-item></text:list></text:list-item></text:list>' +
      '<table:table><table:table-row><table:table-cell><text:p>Motion</text:p></table:table-cell>' +
      '<table:table-cell><text:p>Votes</text:p><text:p>(final)</text:p></table:table-cell></table:table-row>' +
      '<table:table-row><table:table-cell><text:p>Budget</text:p></table:table-cell><table:covered-table-cell/>' +
      '<table:table-cell><text:p>12</text:p></table:table-cell></table:table-row></table:table>' +
      '<text:section><text:p>In a section, with a <text:a xlink:href="https://x.org">link</text:a>' +
      '<draw:frame><draw:text-box><text:p>Boxed caption</text:p></draw:text-box></draw:frame>.</text:p></text:section>' +
      '<text:table-of-content><text:index-body><text:p>Minutes of the meeting 1</text:p></text:index-body></text:table-of-content>' +
      '<text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
      '<text:p>End<office:annotation><text:p>A comment</text:p></office:annotation>.</text:p>'
    const odt = makeTestOdt(body, {
      meta: {
        'dc:title': 'Board minutes',
        'meta:initial-creator': 'Ann Lee',
        'dc:creator': 'Bob Ray',
        'meta:creation-date': '2024-03-05T10:00:00.123456789',
        'dc:date': '2024-04-01T00:00:00'
      }
    })
    const src = await importOdt(odt, 'docs/minutes.odt')
    expect(src.text).toBe(
      [
        'Minutes of the meeting',
        'The chair opened the meeting.[1] Ms Lee & Mr Ray <agreed>—all  of them.',
        'Name\tVote\nBudget\tyes',
        'First item',
        'Nested item',
        'Motion\tVotes (final)',
        'Budget\t12',
        'In a section, with a link.',
        'Boxed caption',
        'End.',
        '[1] Held in Room 4.'
      ].join('\n\n')
    )
    expect(src).toMatchObject({
      title: 'Board minutes',
      authors: ['Ann Lee'],
      publishedAt: '2024-03-05',
      source: { fileName: 'minutes.odt' }
    })
  })

  it('falls back to dc:creator, dc:date and the first level-1 heading', async () => {
    const src = await importOdt(
      makeTestOdt(
        '<text:p>Intro</text:p><text:h text:outline-level="2">Sub</text:h><text:h>Field notes</text:h>',
        {
          meta: { 'dc:creator': 'Bob Ray', 'dc:date': '2024-04-01T09:00:00Z' }
        }
      ),
      'a.odt'
    )
    expect(src).toMatchObject({
      title: 'Field notes',
      authors: ['Bob Ray'],
      publishedAt: '2024-04-01T09:00:00Z'
    })
    const bare = await importOdt(makeTestOdt('<text:p>Only text</text:p>'), 'b.odt')
    expect(bare).toMatchObject({ title: null, authors: [], publishedAt: null, text: 'Only text' })
  })

  it('reads a real LibreOffice document (a State Department briefing converted from HTML)', async () => {
    const src = await importOdt(
      fixture('state-briefing-miller-2023-05-23.odt'),
      'state-briefing-miller-2023-05-23.odt'
    )
    expect(src).toMatchObject({
      title: 'Department Press Briefing, May 23, 2023',
      authors: ['U.S. Department of State'],
      publishedAt: '2023-05-23'
    })
    const paragraphs = src.text.split('\n\n')
    expect(paragraphs.slice(0, 4)).toEqual([
      'Department Press Briefing',
      '1:18 p.m. EDT',
      'MR MILLER: Good afternoon, everyone.',
      'QUESTION: Welcome.[1]'
    ])
    expect(paragraphs).toContain('Topic: Sudan ceasefire')
    expect(paragraphs).toContain('Matthew Miller\tSpokesperson')
    expect(paragraphs.at(-1)).toBe('[1] Transcript excerpt as published by the Department of State.')
    expect(paragraphs).toHaveLength(25) // 1 heading, 19 paragraphs, 2 list items, 2 table rows, 1 footnote
  })

  it('rejects a file that is not a zip, a zip without content.xml, another OpenDocument kind, bad XML', async () => {
    await expect(importOdt(new TextEncoder().encode('plain text'), 'fake.odt')).rejects.toThrow(
      'fake.odt is not a valid .odt (truncated or not a zip)'
    )
    const odt = makeTestOdt('<text:p>Some text</text:p>')
    await expect(importOdt(odt.slice(0, Math.floor(odt.length / 2)), 'cut.odt')).rejects.toThrow(
      'cut.odt is not a valid .odt (truncated or not a zip)'
    )
    await expect(importOdt(zipSync({ 'hello.txt': strToU8('hi') }), 'other.odt')).rejects.toThrow(
      'other.odt is not a valid .odt (no content.xml)'
    )
    await expect(
      importOdt(
        makeTestOdt('<text:p>x</text:p>', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }),
        's.odt'
      )
    ).rejects.toThrow(
      's.odt is an OpenDocument file of another kind (application/vnd.oasis.opendocument.spreadsheet), not a text'
    )
    await expect(importOdt(makeTestOdt('<text:p>broken</text:span>'), 'bad.odt')).rejects.toThrow(
      /^bad\.odt: content\.xml is not well-formed XML \(line 2: .+\)$/
    )
    await expect(importOdt(new Uint8Array(), 'empty.odt')).rejects.toThrow('empty.odt is empty')
    await expect(importOdt(makeTestOdt('<text:p> </text:p>'), 'blank.odt')).rejects.toThrow(
      'blank.odt has no text'
    )
  })

  it('expands no entities but the XML built-ins (a DOCTYPE is refused), and refuses an encrypted document', async () => {
    const xxe = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'content.xml': strToU8(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>' +
          '<office:document-content><office:body><office:text><text:p>&b;</text:p></office:text></office:body></office:document-content>'
      )
    })
    await expect(importOdt(xxe, 'x.odt')).rejects.toThrow(
      'x.odt: content.xml declares a DOCTYPE (not OpenDocument)'
    )
    const unknown = await importOdt(makeTestOdt('<text:p>A &nbsp; B &#65;</text:p>'), 'u.odt')
    expect(unknown.text).toBe('A &nbsp; B A')
    const locked = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'META-INF/manifest.xml': strToU8(
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>'
      ),
      'content.xml': new Uint8Array([0x8f, 0x12, 0x00, 0xff])
    })
    await expect(importOdt(locked, 'locked.odt')).rejects.toThrow(
      'locked.odt is password-protected; save it without a password'
    )
    await expect(
      importOdt(makeTestOdt('<text:p>x</text:p>'), 'a.odt', { signal: AbortSignal.abort() })
    ).rejects.toMatchObject({
      name: 'AbortError'
    })
  })
})
