import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { parseQdpx } from './import-qdpx'

const SAMPLES = fileURLToPath(new URL('../../../../../shared/conformance/refi-qda/samples', import.meta.url))
const haveSamples = existsSync(SAMPLES)
if (!haveSamples)
  console.info(
    `import-qdpx: skipping the REFI-QDA sample tests: ${SAMPLES} does not exist (a clone has no ../shared)`
  )
const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(join(SAMPLES, name)))

const G = {
  codeA: '11111111-1111-1111-1111-111111111111',
  codeB: '22222222-2222-2222-2222-222222222222',
  src1: '33333333-3333-3333-3333-333333333333',
  src2: '44444444-4444-4444-4444-444444444444',
  sel1: '55555555-5555-5555-5555-555555555555',
  sel2: '66666666-6666-6666-6666-666666666666',
  sel3: '77777777-7777-7777-7777-777777777777',
  note: '88888888-8888-8888-8888-888888888888',
  link: '99999999-9999-9999-9999-999999999999'
}

/** The text of source 1: a BOM, CRLF line endings and an emoji (two UTF-16 units, one code point). */
const SRC1 = '\uFEFFAlpha 😀 beta\r\nGamma delta\r\n'

function project(sources: string, extra = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Test &amp; project">
  <CodeBook><Codes>
    <Code guid="{${G.codeA.toUpperCase()}}" name="Economy" isCodable="true" color="#A1B">
      <Description>Money matters</Description>
      <Code guid="${G.codeB}" name="Taxes" isCodable="true" color="#00ff7f"/>
    </Code>
  </Codes></CodeBook>
  <Sources>${sources}</Sources>
  <Notes><Note guid="${G.note}" name="Memo"><PlainTextContent>A memo&#13;&#10;on two lines</PlainTextContent></Note></Notes>
  <Links><Link guid="${G.link}" name="relates" originGUID="${G.codeA}" targetGUID="${G.src1}"/></Links>
  ${extra}
</Project>`
}

function qdpx(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v]))
  )
}

const SOURCES = `
  <TextSource guid="${G.src1}" name="Interview" plainTextPath="internal://${G.src1}.txt">
    <PlainTextSelection guid="${G.sel1}" startPosition="6" endPosition="12">
      <Description>the emoji and beta</Description>
      <Coding guid="aaaaaaaa-0000-0000-0000-000000000001"><CodeRef targetGUID="${G.codeA}"/></Coding>
      <Coding guid="aaaaaaaa-0000-0000-0000-000000000002"><CodeRef targetGUID="${G.codeB}"/></Coding>
      <NoteRef targetGUID="${G.note}"/>
    </PlainTextSelection>
    <PlainTextSelection guid="${G.sel2}" startPosition="14" endPosition="25">
      <Coding guid="aaaaaaaa-0000-0000-0000-000000000003"><CodeRef targetGUID="${G.codeB}"/></Coding>
    </PlainTextSelection>
    <PlainTextSelection guid="${G.sel3}" startPosition="20" endPosition="999"/>
    <PlainTextSelection guid="${G.sel3}" startPosition="9" endPosition="3">
      <Coding guid="aaaaaaaa-0000-0000-0000-000000000005"><CodeRef targetGUID="${G.codeA}"/></Coding>
    </PlainTextSelection>
    <PlainTextSelection guid="${G.sel3}" startPosition="0" endPosition="5">
      <Coding guid="aaaaaaaa-0000-0000-0000-000000000006"><CodeRef targetGUID="dddddddd-0000-0000-0000-000000000000"/></Coding>
    </PlainTextSelection>
  </TextSource>
  <TextSource guid="${G.src2}" name="Inline">
    <PlainTextContent>Inline text</PlainTextContent>
    <Coding guid="aaaaaaaa-0000-0000-0000-000000000004"><CodeRef targetGUID="${G.codeA}"/></Coding>
  </TextSource>`

describe('parseQdpx', () => {
  it('reads codes, sources, selections (code points → UTF-16, BOM and CRLF handled), notes and links', async () => {
    const bytes = qdpx({ 'project.qde': project(SOURCES), [`Sources/${G.src1}.txt`]: SRC1 })
    const p = await parseQdpx(bytes, 'study.qdpx')
    expect(p.name).toBe('Test & project')
    expect(p.codes).toEqual([
      { guid: G.codeA, name: 'Economy', color: '#aa11bb', description: 'Money matters', parentGuid: null },
      { guid: G.codeB, name: 'Taxes', color: '#00ff7f', description: null, parentGuid: G.codeA }
    ])
    const [s1, s2] = p.sources
    expect(s1!.text).toBe('Alpha 😀 beta\nGamma delta\n')
    expect(s1!.selections[0]).toEqual({
      guid: G.sel1,
      start: 6,
      end: 13,
      codeGuids: [G.codeA, G.codeB],
      note: 'the emoji and beta\n\nA memo\non two lines'
    })
    expect(s1!.text.slice(6, 13)).toBe('😀 beta')
    // code points 14..25 of the original: after the CRLF, "Gamma delta"
    expect(s1!.text.slice(s1!.selections[1]!.start, s1!.selections[1]!.end)).toBe('Gamma delta')
    expect(s1!.selections).toHaveLength(3)
    expect(s1!.selections[2]).toMatchObject({ start: 0, end: 5, codeGuids: [] })
    expect(s2).toEqual({
      guid: G.src2,
      name: 'Inline',
      text: 'Inline text',
      selections: [
        { guid: 'aaaaaaaa-0000-0000-0000-000000000004', start: 0, end: 11, codeGuids: [G.codeA], note: null }
      ]
    })
    expect(p.notes).toEqual([{ guid: G.note, name: 'Memo', text: 'A memo\non two lines' }])
    expect(p.links).toEqual([{ guid: G.link, name: 'relates', originGuid: G.codeA, targetGuid: G.src1 }])
    expect(p.warnings).toEqual([
      `source "Interview": selection ${G.sel3} (20–999) is outside its text of 27 characters; skipped`,
      `source "Interview": selection ${G.sel3} (9–3) ends before it starts; skipped`,
      'source "Interview": 1 coding(s) refer to codes that are not in the codebook; skipped'
    ])
  })

  it('resolves plainTextPath without internal:// and under lower-case sources/', async () => {
    const src = `<TextSource guid="${G.src1}" name="A" plainTextPath="${G.src1}.txt"/>`
    const p = await parseQdpx(
      qdpx({ 'project.qde': project(src), [`sources/${G.src1}.txt`]: 'Hello' }),
      'a.qdpx'
    )
    expect(p.sources[0]!.text).toBe('Hello')
  })

  it('warns about a source whose text file is missing', async () => {
    const src = `<TextSource guid="${G.src1}" name="Gone" plainTextPath="internal://missing.txt"/>`
    const p = await parseQdpx(qdpx({ 'project.qde': project(src) }), 'a.qdpx')
    expect(p.sources).toEqual([])
    expect(p.warnings).toEqual([
      'source "Gone": its text file "internal://missing.txt" is not in the archive; skipped'
    ])
  })

  it('rejects a truncated zip, a zip slip, a zip without project.qde and malformed XML', async () => {
    const good = qdpx({ 'project.qde': project(SOURCES), [`sources/${G.src1}.txt`]: SRC1 })
    await expect(parseQdpx(good.slice(0, good.length - 30), 'cut.qdpx')).rejects.toThrow(
      'cut.qdpx is a truncated or damaged zip'
    )
    await expect(parseQdpx(strToU8('not a zip'), 'x.qdpx')).rejects.toThrow(
      'x.qdpx is a truncated or damaged zip'
    )
    for (const evil of [
      '../evil.txt',
      'sources/../../evil.txt',
      '/etc/passwd',
      'sources\\evil.txt',
      'C:/evil.txt'
    ]) {
      await expect(parseQdpx(qdpx({ 'project.qde': project(''), [evil]: 'x' }), 'slip.qdpx')).rejects.toThrow(
        `slip.qdpx contains an unsafe path "${evil}" (zip slip)`
      )
    }
    await expect(parseQdpx(qdpx({ 'other.xml': '<a/>' }), 'n.qdpx')).rejects.toThrow(
      'n.qdpx has no project.qde (not a REFI-QDA project)'
    )
    await expect(
      parseQdpx(qdpx({ 'project.qde': '<Project><Sources></Project>' }), 'm.qdpx')
    ).rejects.toThrow(/^m\.qdpx: project\.qde is not well-formed XML \(line 1: .+\)$/)
    await expect(parseQdpx(qdpx({ 'project.qde': '<Codebook/>' }), 'c.qdpx')).rejects.toThrow(
      'c.qdpx: project.qde is not a REFI-QDA project (no <Project> element)'
    )
    await expect(parseQdpx(new Uint8Array(), 'e.qdpx')).rejects.toThrow('e.qdpx is empty')
  })

  it('rejects a source text that is not UTF-8, naming the entry', async () => {
    const src = `<TextSource guid="${G.src1}" name="A" plainTextPath="internal://${G.src1}.txt"/>`
    const bytes = qdpx({
      'project.qde': project(src),
      [`sources/${G.src1}.txt`]: new Uint8Array([0x61, 0xe9, 0x62])
    })
    await expect(parseQdpx(bytes, 'p.qdpx')).rejects.toThrow(
      `p.qdpx: sources/${G.src1}.txt is not valid UTF-8 (byte 1)`
    )
  })

  it.skipIf(!haveSamples)(
    'reads the NVivo for Mac 15 sample: nested codes, two empty-ish sources',
    async () => {
      const p = await parseQdpx(sample('nvivo-for-mac-15_qc-project.qdpx'), 'nvivo.qdpx')
      expect(p.codes).toHaveLength(262)
      expect(p.codes.filter((c) => c.parentGuid === null).map((c) => c.name)).toHaveLength(3)
      expect(p.codes[0]).toMatchObject({ name: 'rq1_definition', parentGuid: null, color: null })
      expect(p.codes[1]).toMatchObject({ name: 'competencies', parentGuid: p.codes[0]!.guid })
      const guids = new Set(p.codes.map((c) => c.guid))
      for (const c of p.codes) if (c.parentGuid) expect(guids.has(c.parentGuid)).toBe(true)
      expect(p.sources.map((s) => [s.guid, s.text, s.selections.length])).toEqual([
        ['d097e6fd-7671-4d95-a8b6-7795fa4a72e1', '\n', 0],
        ['e65f5ee2-9a55-47f1-bb0b-4921d8ce15c4', '\n', 0]
      ])
      expect(p.warnings).toEqual([])
    }
  )

  it.skipIf(!haveSamples)(
    'reads the qc sample: plainTextPath without internal://, 158 selections, 205 codings',
    async () => {
      const p = await parseQdpx(sample('qc-1.3.2_demo.qdpx'), 'qc.qdpx')
      expect(p.codes).toHaveLength(262)
      expect(p.sources.map((s) => s.text.length)).toEqual([52543, 31906])
      const board = p.sources[0]!
      expect(board.guid).toBe('33663939-3636-3632-3038-613431643463')
      expect(board.selections).toHaveLength(158)
      expect(board.selections.reduce((n, s) => n + s.codeGuids.length, 0)).toBe(205)
      const first = board.selections[0]!
      expect(board.text.slice(first.start, first.end)).toBe(
        'This district goal is engage every student in joyful, purposeful learning that \n'
      )
      const last = board.selections.at(-1)!
      expect(board.text.slice(last.start, last.end)).toBe(
        'similar equity issues [inaudible 00:54:11] access to that curriculum, which we \n'
      )
      const codeGuids = new Set(p.codes.map((c) => c.guid))
      for (const s of board.selections) for (const g of s.codeGuids) expect(codeGuids.has(g)).toBe(true)
      expect(p.warnings).toEqual([])
    }
  )
})
