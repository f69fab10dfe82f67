import { unzipSync } from 'fflate'
import { makeTestDocx } from '../../services/import/testing/make-test-docx'
import { repeatedEntry, type Repetition } from './repeated-entry'
import { deflatedEntry, writeZip, type RawZipEntry } from './write-zip'

const MB = 1024 * 1024
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const PARAGRAPH = `<w:p><w:r><w:t>${'lol '.repeat(20)}</w:t></w:r></w:p>`

/** `unit` repeated to about `bytes` bytes: the repetition for `repeatedEntry`. */
function about(bytes: number, unit: string, block = MB): Pick<Repetition, 'unit' | 'times'> {
  const perBlock = Math.max(1, Math.floor(block / unit.length))
  return { unit: unit.repeat(perBlock), times: Math.ceil(bytes / (perBlock * unit.length)) }
}

/** What a bomb's headers say about the big entry: the truth, or far less than the truth. */
export type Declared = 'truth' | 'understated'

function declare(entry: RawZipEntry, declared: Declared): RawZipEntry {
  return declared === 'truth' ? entry : { ...entry, size: 1024 }
}

/** A .docx (a few hundred KB) whose word/document.xml is well-formed and expands to `expandsTo` bytes. */
export function docxBomb(expandsTo = 400 * MB, declared: Declared = 'truth'): Uint8Array {
  const parts = unzipSync(makeTestDocx(['A harmless paragraph.']))
  const entries = Object.entries(parts)
    .filter(([name]) => name !== 'word/document.xml')
    .map(([name, data]) => deflatedEntry(name, data))
  const document = repeatedEntry('word/document.xml', {
    head: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>`,
    ...about(expandsTo, PARAGRAPH),
    tail: '<w:sectPr/></w:body></w:document>'
  })
  return writeZip([...entries, declare(document, declared)])
}

/** The smallest REFI-QDA project: one text source at sources/<guid>.txt. */
function qdpxProject(guid: string): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="P">` +
    `<Sources><TextSource guid="${guid}" name="Interview" plainTextPath="internal://${guid}.txt"/></Sources>` +
    `</Project>`
  )
}
const GUID = '33333333-3333-3333-3333-333333333333'

/** A .qdpx whose one source text expands to `expandsTo` bytes. */
export function qdpxBomb(expandsTo = 400 * MB, declared: Declared = 'truth'): Uint8Array {
  const text = repeatedEntry(`sources/${GUID}.txt`, about(expandsTo, 'All work and no play. '))
  return writeZip([deflatedEntry('project.qde', qdpxProject(GUID)), declare(text, declared)])
}

/**
 * A .qdpx whose source text (40 KB) has zip headers that lie about its size: 'smaller' declares 1 KB (a reader
 * trusting it imports the text cut short), 'larger' declares 80 KB.
 */
export function qdpxLyingHeader(lie: 'smaller' | 'larger'): Uint8Array {
  const text = deflatedEntry(`sources/${GUID}.txt`, 'The minister spoke at length. '.repeat(1400))
  const size = lie === 'smaller' ? 1024 : 2 * text.size
  return writeZip([deflatedEntry('project.qde', qdpxProject(GUID)), { ...text, size }])
}

/** An OpenDocument text (.odt) whose content.xml expands to `expandsTo` bytes. */
export function odtBomb(expandsTo = 400 * MB, declared: Declared = 'truth'): Uint8Array {
  const office = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
  const text = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
  const manifest =
    `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">` +
    `<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>` +
    `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`
  const content = repeatedEntry('content.xml', {
    head: `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="${office}" xmlns:text="${text}" office:version="1.2"><office:body><office:text>`,
    ...about(expandsTo, `<text:p>${'lol '.repeat(20)}</text:p>`),
    tail: '</office:text></office:body></office:document-content>'
  })
  return writeZip([
    deflatedEntry('mimetype', 'application/vnd.oasis.opendocument.text', 0),
    deflatedEntry('META-INF/manifest.xml', manifest),
    declare(content, declared)
  ])
}
