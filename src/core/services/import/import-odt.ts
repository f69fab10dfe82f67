import { XMLValidator } from 'fast-xml-parser'
import { decodeText } from './decode-text'
import { finishSource, type FoundMetadata } from './finish-source'
import {
  displayName,
  ImportError,
  importError,
  type ImportedSource,
  type ImportOptions
} from './imported-source'
import { checkImportSize, MAX_DOCUMENT_PART_BYTES } from './limits'
import { normalizeDate } from './normalize-date'
import { decodeXmlText, odfXmlParser, odtText } from './odt-text'
import { readZip, ZipReadError } from './read-zip'
import { throwIfAborted } from './throw-if-aborted'

export const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text'
const PARTS = new Set(['mimetype', 'content.xml', 'meta.xml', 'META-INF/manifest.xml'])

/**
 * Imports an OpenDocument text (.odt, LibreOffice's and others' format): the body of content.xml as paragraphs
 * (see odtText: headings, lists, tables as tab-separated rows, footnotes at the end), and from meta.xml the
 * title (dc:title, else the first level-1 heading), the author (meta:initial-creator, else dc:creator: the
 * latter is whoever saved last) and the date (meta:creation-date, else dc:date).
 * The XML is parsed without any entity expansion (a DOCTYPE is refused; only the XML built-ins are decoded).
 * Errors: "is not a valid .odt (truncated or not a zip)", "is not a valid .odt (no content.xml)", "is an
 * OpenDocument file of another kind (application/…)", "is password-protected; save it without a password",
 * "<file>: content.xml is not well-formed XML (line N: …)", "has no text".
 */
export async function importOdt(
  bytes: Uint8Array,
  fileName: string,
  opts: ImportOptions = {}
): Promise<ImportedSource> {
  throwIfAborted(opts.signal)
  checkImportSize(bytes.byteLength, fileName)
  if (bytes.byteLength === 0) throw importError(fileName, 'is empty')
  let entries: Map<string, Uint8Array>
  try {
    entries = readZip(bytes, { want: (name) => PARTS.has(name), maxEntryBytes: MAX_DOCUMENT_PART_BYTES })
  } catch (err) {
    if (err instanceof ZipReadError && (err.kind === 'too-large' || err.entry !== undefined))
      throw importError(fileName, err.message)
    throw importError(fileName, 'is not a valid .odt (truncated or not a zip)')
  }
  const mimetype = entries.get('mimetype')
  if (mimetype) {
    const type = new TextDecoder().decode(mimetype).trim()
    if (!isOdtMimetype(type)) {
      throw importError(
        fileName,
        `is an OpenDocument file of another kind (${type.slice(0, 80)}), not a text`
      )
    }
  }
  const manifest = entries.get('META-INF/manifest.xml')
  if (manifest && /<manifest:encryption-data\b/.test(new TextDecoder().decode(manifest))) {
    throw importError(fileName, 'is password-protected; save it without a password')
  }
  const content = entries.get('content.xml')
  if (!content) throw importError(fileName, 'is not a valid .odt (no content.xml)')

  const doc = parseOdfXml(content, fileName, 'content.xml')
  throwIfAborted(opts.signal)
  const { paragraphs, firstHeading } = odtText(doc)
  const text = paragraphs.join('\n\n')
  if (text.trim() === '') throw importError(fileName, 'has no text')
  const meta = entries.get('meta.xml')
  const found = meta ? readOdfMeta(meta, fileName) : {}
  if (!found.title) found.title = firstHeading
  opts.onProgress?.(1, 1)
  return { ...finishSource(fileName, found, text), dateIsFileCreation: true }
}

/**
 * The word-processing types: a text, its template, a master document, and what Writer/Web saves (LibreOffice
 * gives an HTML page converted to .odt that type).
 */
export function isOdtMimetype(type: string): boolean {
  return /^application\/vnd\.oasis\.opendocument\.text(?:-template|-master|-master-template|-web)?$/.test(
    type
  )
}

/** A part of the package, checked and parsed; throws ImportError "<file>: <part> is not well-formed XML (…)". */
function parseOdfXml(bytes: Uint8Array, fileName: string, part: string): unknown[] {
  const label = `${displayName(fileName)}: ${part}`
  const xml = decodeText(bytes, fileName, { label, allowEmpty: true })
  if (/<!DOCTYPE/i.test(xml))
    throw new ImportError(fileName, `${label} declares a DOCTYPE (not OpenDocument)`)
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    throw new ImportError(
      fileName,
      `${label} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`
    )
  }
  try {
    return odfXmlParser().parse(xml) as unknown[]
  } catch (err) {
    throw new ImportError(
      fileName,
      `${label} could not be read: ${err instanceof Error ? err.message : String(err)}`
    )
  }
}

/** dc:title, meta:initial-creator / dc:creator, meta:creation-date / dc:date; a damaged meta.xml gives nothing. */
function readOdfMeta(bytes: Uint8Array, fileName: string): FoundMetadata {
  let doc: unknown[]
  try {
    doc = parseOdfXml(bytes, fileName, 'meta.xml')
  } catch {
    return {} // the metadata is lost, not the document
  }
  const values = new Map<string, string>()
  const walk = (nodes: unknown[]): void => {
    for (const node of nodes) {
      if (!node || typeof node !== 'object') continue
      for (const [name, children] of Object.entries(node as Record<string, unknown>)) {
        if (name === ':@' || name === '#text' || !Array.isArray(children)) continue
        const text = children
          .map((c) =>
            c && typeof c === 'object' && '#text' in c ? String((c as { '#text': unknown })['#text']) : ''
          )
          .join('')
        if (!values.has(name) && text.trim() !== '') values.set(name, decodeXmlText(text).trim())
        walk(children)
      }
    }
  }
  walk(doc)
  const author = values.get('meta:initial-creator') ?? values.get('dc:creator')
  return {
    title: values.get('dc:title') ?? null,
    authors: author ? [author] : [],
    publishedAt: normalizeDate(values.get('meta:creation-date') ?? values.get('dc:date') ?? '')
  }
}
