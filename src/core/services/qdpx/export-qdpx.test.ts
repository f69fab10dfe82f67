import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { sliceCodePoints } from '../export/utf16-to-code-point'
import { buildQdaProject, exportQdpx, QDE_NAMESPACE } from './export-qdpx'
import { qdaGuid } from './qda-codes'
import { elements, parseXml, PROJECT_XSD, xsdErrors } from './testing/refi-qda-xml'
import { HOSTILE_THEME, MEMO_TEXT, makeTestSnapshot } from '../export/testing/test-snapshot'

const snapshot = makeTestSnapshot()
const guid = qdaGuid(snapshot.meta.id)
const NS = QDE_NAMESPACE
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

function unzip(snap: WorkspaceSnapshot, scope?: { themeId?: string; documentId?: string }) {
  const files = unzipSync(exportQdpx(snap, scope))
  const qde = new TextDecoder().decode(files['project.qde'])
  return { files, qde, doc: parseXml(qde) }
}

/** Every reference in the project points at an element of the right kind. */
function checkReferences(doc: Document): void {
  const guids = (name: string) => new Set(elements(doc, NS, name).map((e) => e.getAttribute('guid')))
  const all = [...doc.getElementsByTagName('*')].map((e) => e.getAttribute('guid')).filter((g) => g !== null)
  expect(new Set(all).size).toBe(all.length)
  for (const g of all) expect(g).toMatch(UUID)
  const codes = guids('Code')
  const notes = guids('Note')
  const selections = guids('PlainTextSelection')
  for (const e of elements(doc, NS, 'CodeRef')) expect(codes).toContain(e.getAttribute('targetGUID'))
  for (const e of elements(doc, NS, 'NoteRef')) expect(notes).toContain(e.getAttribute('targetGUID'))
  for (const e of elements(doc, NS, 'SelectionRef'))
    expect(selections).toContain(e.getAttribute('targetGUID'))
  for (const e of elements(doc, NS, 'Link')) {
    expect(selections).toContain(e.getAttribute('originGUID'))
    expect(selections).toContain(e.getAttribute('targetGUID'))
  }
}

describe('exportQdpx', () => {
  const { files, qde, doc } = unzip(snapshot)

  it('validates against the REFI-QDA Project XSD', async () => {
    expect(await xsdErrors(qde, PROJECT_XSD, 'project.qde')).toEqual([])
  })

  it('the validator rejects what the XSD forbids (harness check)', async () => {
    const misordered = qde.replace(
      /( {2}<Sources>[\s\S]*?<\/Sources>\n)( {2}<Notes>[\s\S]*?<\/Notes>\n)/,
      '$2$1'
    )
    expect(misordered).not.toBe(qde)
    expect(await xsdErrors(misordered, PROJECT_XSD)).not.toEqual([])
    expect(await xsdErrors(qde.replace(/ isCodable="true"/, ''), PROJECT_XSD)).not.toEqual([])
    expect(await xsdErrors(qde.replace(/guid="[0-9a-f-]+"/, 'guid="doc-nyt"'), PROJECT_XSD)).not.toEqual([])
  })

  it('zips project.qde and one sources/<guid>.txt per document, UTF-8 without BOM, CRLF kept', () => {
    const docs = snapshot.documents.map((d) => d.document)
    expect(Object.keys(files).sort()).toEqual(
      ['project.qde', ...docs.map((d) => `sources/${guid('document', d.id)}.txt`)].sort()
    )
    for (const d of docs) {
      const bytes = files[`sources/${guid('document', d.id)}.txt`]!
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf])
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(d.text)
    }
    expect(new TextDecoder().decode(files[`sources/${guid('document', 'memo_2')}.txt`])).toContain('\r\n')
    const source = elements(doc, NS, 'TextSource')[0]!
    expect(source.getAttribute('plainTextPath')).toBe(`internal://${source.getAttribute('guid')}.txt`)
  })

  it('positions count code points of the .txt as written (emoji and CRLF included)', () => {
    const expected = new Map<string, string>()
    for (const d of snapshot.documents) {
      for (const s of d.statements) expected.set(guid('statement', s.id), s.text)
      for (const a of d.annotations) expected.set(guid('annotation', a.id), a.quote.exact)
    }
    const selections = elements(doc, NS, 'PlainTextSelection')
    expect(selections.length).toBe(5 + 11) // every annotation; statements tagged, linked or cited by a note
    for (const source of elements(doc, NS, 'TextSource')) {
      const txt = new TextDecoder().decode(files[`sources/${source.getAttribute('guid')}.txt`])
      for (const sel of elements(source, NS, 'PlainTextSelection')) {
        const [start, end] = [
          Number(sel.getAttribute('startPosition')),
          Number(sel.getAttribute('endPosition'))
        ]
        expect(sliceCodePoints(txt, start, end)).toBe(expected.get(sel.getAttribute('guid')!))
      }
    }
    // After "🚀 Field notes 😀 from the desk\r\n\r\n": 35 UTF-16 units, 33 characters.
    const first = doc.querySelector(`PlainTextSelection[guid="${guid('statement', 'memo_2.1')}"]`)!
    expect(MEMO_TEXT.indexOf('1. Escalation')).toBe(35)
    expect(first.getAttribute('startPosition')).toBe('33')
  })

  it('nests codes, codes selections, and resolves every reference', () => {
    checkReferences(doc)
    const root = elements(doc, NS, 'Codes')[0]!
    const top = [...root.children].map((c) => c.getAttribute('name'))
    expect(top).toEqual(['Escalation risk', 'Allied pressure', 'Unused theme'])
    const esc = root.children[0]!
    expect(
      [...esc.children].filter((c) => c.localName === 'Code').map((c) => c.getAttribute('name'))
    ).toEqual(['Nuclear signalling', 'Red lines'])
    expect(esc.getAttribute('color')).toBe('#d62728')
    expect(esc.getAttribute('isCodable')).toBe('true')
    expect(doc.querySelector(`Code[guid="${guid('theme', 't-hostile')}"]`)!.getAttribute('name')).toBe(
      HOSTILE_THEME
    )
    const stoltenberg = doc.querySelector(`PlainTextSelection[guid="${guid('statement', 'doc-nyt.2')}"]`)!
    expect(elements(stoltenberg, NS, 'CodeRef').map((c) => c.getAttribute('targetGUID'))).toEqual([
      guid('theme', 't-ally'),
      guid('theme', 't-red')
    ])
  })

  it('writes notes (with their text intact), annotation descriptions, links and speaker cases', () => {
    const a1 = doc.querySelector(`PlainTextSelection[guid="${guid('annotation', 'a-1')}"]`)!
    const note = snapshot.documents[0]!.annotations.find((a) => a.id === 'a-1')!.notePlain
    expect(a1.getElementsByTagNameNS(NS, 'Description')[0]!.textContent).toBe(note)
    const noteEl = doc.querySelector(`Note[guid="${guid('annotation-note', 'a-1')}"]`)!
    expect(noteEl.getElementsByTagNameNS(NS, 'PlainTextContent')[0]!.textContent).toBe(note)
    expect(doc.querySelector(`Note[guid="${guid('note', 'n-1')}"]`)!.getAttribute('name')).toBe(
      'Working hypothesis: escalation *ladder*'
    )
    const links = elements(doc, NS, 'Link')
    expect(links.map((l) => [l.getAttribute('name'), l.getAttribute('direction')])).toEqual([
      ['supports', 'OneWay'],
      ['contradicts', 'OneWay'],
      ['elaborates', 'OneWay'],
      ['responds-to', 'OneWay']
    ])
    expect(links[2]!.getAttribute('originGUID')).toBe(guid('statement', 'memo_2.1'))
    expect(links[2]!.getAttribute('targetGUID')).toBe(guid('statement', 'doc-nyt.6'))
    const jones = doc.querySelector(`Case[guid="${guid('speaker', 'sp-jones')}"]`)!
    expect(elements(jones, NS, 'SelectionRef')).toHaveLength(2)
  })

  it('is byte-for-byte stable across exports', () => {
    expect(exportQdpx(snapshot)).toEqual(exportQdpx(snapshot))
  })

  it('keeps CR, drops characters XML cannot carry, and still validates', async () => {
    const odd = structuredClone(snapshot)
    odd.themes.find((t) => t.id === 't-esc')!.description = 'bell\u0007 and form\u000c feed'
    odd.notes[0]!.plain = 'line one\r\nline two\ttab'
    const { qde: out, doc: parsed } = unzip(odd)
    expect(await xsdErrors(out, PROJECT_XSD)).toEqual([])
    expect(parsed.querySelector(`Code[guid="${guid('theme', 't-esc')}"] > Description`)!.textContent).toBe(
      'bell and form feed'
    )
    expect(parsed.querySelector(`Note[guid="${guid('note', 'n-1')}"] > PlainTextContent`)!.textContent).toBe(
      'line one\r\nline two\ttab'
    )
  })

  it('restricts to a theme: its codes, codings, sources and links only', async () => {
    const { qde: out, doc: scoped } = unzip(snapshot, { themeId: 't-ally' })
    expect(await xsdErrors(out, PROJECT_XSD)).toEqual([])
    checkReferences(scoped)
    expect(elements(scoped, NS, 'Code').map((c) => c.getAttribute('name'))).toEqual([
      'Allied pressure',
      HOSTILE_THEME
    ])
    expect(elements(scoped, NS, 'Link').map((l) => l.getAttribute('name'))).toEqual(['supports'])
  })

  it('omits the CodeBook when there are no themes, and stays valid', async () => {
    const bare = { ...structuredClone(snapshot), themes: [] }
    const { qde: out } = buildQdaProject(bare)
    expect(out).not.toContain('<CodeBook>')
    expect(await xsdErrors(out, PROJECT_XSD)).toEqual([])
  })
})
