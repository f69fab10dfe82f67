import { XMLParser } from 'fast-xml-parser'
import { zipSync } from 'fflate'
import mammoth from 'mammoth'
import { finishSource, type FoundMetadata } from './finish-source'
import { htmlToText } from './html-to-text'
import { importError, type ImportedSource, type ImportOptions } from './imported-source'
import { checkImportSize, MAX_DOCUMENT_PART_BYTES } from './limits'
import { normalizeDate } from './normalize-date'
import { readZip, ZipReadError } from './read-zip'
import { sanitizeHtml } from './sanitize-html'
import { throwIfAborted } from './throw-if-aborted'

/** An OLE2 compound file: a legacy .doc, or an Office document protected with a password to open. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const NOT_A_DOCX = 'is not a valid .docx (truncated or not a zip)'
/** Parts the import never reads (images are left out), so never inflated: a bomb there costs nothing. */
const NOT_READ = /^(?:word\/media\/|word\/embeddings\/|docProps\/thumbnail\.)/i

/**
 * Imports a Word .docx. mammoth turns the document into HTML (images left out), which is then sanitized and
 * reduced to paragraphs like a web page: headings, list items, table rows (cells tab-separated), footnotes at
 * the end. Title, authors and date come from docProps/core.xml (dc:title, dc:creator split on `;`,
 * dcterms:created); without dc:title, the first Heading 1 is the title.
 * Errors: "is not a valid .docx (truncated or not a zip)", "is a legacy .doc or a password-protected
 * document; save it as an unprotected .docx", "is not a valid .docx (no document part)", "expands past 200 MB",
 * "is damaged: its entry "word/document.xml" is larger than its header says" (see readZip).
 */
export async function importDocx(
  bytes: Uint8Array,
  fileName: string,
  opts: ImportOptions = {}
): Promise<ImportedSource> {
  throwIfAborted(opts.signal)
  checkImportSize(bytes.byteLength, fileName)
  if (bytes.byteLength === 0) throw importError(fileName, 'is empty')
  if (OLE2.every((b, i) => bytes[i] === b)) {
    throw importError(
      fileName,
      'is a legacy .doc or a password-protected document; save it as an unprotected .docx'
    )
  }
  let entries: Map<string, Uint8Array>
  try {
    entries = readZip(bytes, { want: (name) => !NOT_READ.test(name), maxEntryBytes: MAX_DOCUMENT_PART_BYTES })
  } catch (err) {
    if (err instanceof ZipReadError && (err.kind === 'too-large' || err.entry !== undefined))
      throw importError(fileName, err.message)
    throw importError(fileName, NOT_A_DOCX)
  }
  const core = entries.get('docProps/core.xml')
  const found = core ? readCoreProperties(core) : {}

  throwIfAborted(opts.signal)
  // mammoth unzips what it is given with no limit of its own: give it the entries readZip has checked
  // (sizes, CRCs, the 200 MB cap), stored uncompressed, never the original archive.
  const checked = zipSync(Object.fromEntries(entries), { level: 0 })
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(checked.buffer, checked.byteOffset, checked.byteLength) },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) }
    )
    html = result.value
  } catch (err) {
    const message = err instanceof Error ? err.message : ''
    if (err instanceof RangeError && /call stack/i.test(message))
      throw importError(fileName, 'nests too deeply to read (tables or lists inside one another)')
    if (/main document part/i.test(message))
      throw importError(fileName, 'is not a valid .docx (no document part)')
    throw importError(fileName, NOT_A_DOCX)
  }
  throwIfAborted(opts.signal)

  const { root, close } = sanitizeHtml(html)
  let text: string
  try {
    // mammoth links each footnote back to its reference with an "↑" anchor: not part of the text.
    for (const a of Array.from(root.querySelectorAll('a[href^="#footnote-ref"], a[href^="#endnote-ref"]')))
      a.remove()
    if (!found.title) found.title = root.querySelector('h1')?.textContent ?? null
    text = htmlToText(root.querySelector('body') ?? root)
  } finally {
    close()
  }
  if (text === '') throw importError(fileName, 'has no text')
  opts.onProgress?.(1, 1)
  return { ...finishSource(fileName, found, text), dateIsFileCreation: true }
}

/** dc:title, dc:creator and dcterms:created from docProps/core.xml; a damaged core.xml gives nothing. */
export function readCoreProperties(xml: Uint8Array): FoundMetadata {
  let props: Record<string, unknown>
  try {
    const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false })
    const doc = parser.parse(new TextDecoder().decode(xml)) as Record<string, unknown>
    props = (doc.coreProperties ?? {}) as Record<string, unknown>
  } catch {
    return {}
  }
  const str = (k: string): string => (typeof props[k] === 'string' ? (props[k] as string).trim() : '')
  return {
    title: str('title') || null,
    authors: str('creator')
      .split(/\s*;\s*/)
      .filter((a) => a !== ''),
    publishedAt: normalizeDate(str('created'))
  }
}
