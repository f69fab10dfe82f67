import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { finishSource } from './finish-source'
import { importError, type ImportedSource, type ImportOptions } from './imported-source'
import { checkImportSize, checkPageCount } from './limits'
import { normalizeDate } from './normalize-date'
import { pdfRowsText } from './pdf-page-text'
import { pdfRows } from './pdf-rows'
import { abortError, throwIfAborted } from './throw-if-aborted'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let pdfjsLoaded: Promise<PdfJs> | undefined

/**
 * pdf.js, loaded once and on first use (it is large). Loading its worker module in this thread sets
 * `globalThis.pdfjsWorker`, which pdf.js then uses in place of a Worker: no worker file is looked up by path,
 * which a bundled app could not resolve.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoaded ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    return pdfjs
  })()
  return pdfjsLoaded
}

/**
 * pdf.js's character maps (needed for the text of CJK PDFs using predefined CMaps) and standard font data, as
 * local folders: in Node pdf.js reads these "URLs" with fs.readFile, so nothing goes over the network.
 */
function pdfjsDataDirs(): { cMapUrl?: string; standardFontDataUrl?: string } {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
    return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' }
  } catch {
    return {} // not resolvable (an unusual bundle): CJK text may be missing, Latin text is unaffected
  }
}

/** Producers' placeholders, not titles: "Untitled", "Microsoft Word - draft.docx", "report.pdf". */
const JUNK_TITLE =
  /^(?:untitled\b.*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|rtf|odt|pages|indd|tex|dvi|qxp))$/i

/**
 * Imports a PDF's text layer with pdf.js (legacy build, in this thread, nothing fetched, nothing evaluated,
 * no fonts loaded). The text is rebuilt as a reader sees it (see pdfDocumentText: no running headers, footers or
 * page numbers, columns in order, paragraphs rebuilt and hyphenation undone); `pages` gives each page's offsets
 * for citations (an empty page has start = end).
 * Title, authors (`;`-separated) and date come from the document information dictionary.
 * Progress is reported per page; aborting the signal stops between pages with an `AbortError`.
 * Errors: "is encrypted" (a user password is required), "has no text layer (image-only PDF); run OCR first",
 * "is not a readable PDF".
 */
export async function importPdf(
  bytes: Uint8Array,
  fileName: string,
  opts: ImportOptions = {}
): Promise<ImportedSource> {
  const { signal, onProgress } = opts
  throwIfAborted(signal)
  checkImportSize(bytes.byteLength, fileName)
  if (bytes.byteLength === 0) throw importError(fileName, 'is empty')
  const pdfjs = await loadPdfJs()
  throwIfAborted(signal)

  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js transfers (detaches) the buffer it is given: keep the caller's intact
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    ...pdfjsDataDirs(),
    verbosity: pdfjs.VerbosityLevel.ERRORS
  })
  const onAbort = (): void => void task.destroy()
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    let doc: Awaited<typeof task.promise>
    try {
      doc = await task.promise
    } catch (err) {
      if (signal?.aborted) throw abortError()
      if (errorName(err) === 'PasswordException') throw importError(fileName, 'is encrypted')
      throw importError(fileName, 'is not a readable PDF')
    }

    const found = await readInfo(doc)
    const total = doc.numPages
    checkPageCount(total, fileName)
    const pageRows: ReturnType<typeof pdfRows>[] = []
    onProgress?.(0, total)
    for (let n = 1; n <= total; n++) {
      // pdf.js runs in this thread: yield between pages so progress and cancel requests get through.
      await new Promise((resume) => setImmediate(resume))
      throwIfAborted(signal)
      try {
        const page = await doc.getPage(n)
        const content = await page.getTextContent()
        pageRows.push(pdfRows(content.items.flatMap((i) => ('str' in i ? [i] : []))))
        page.cleanup()
      } catch {
        throwIfAborted(signal)
        throw importError(fileName, `is not a readable PDF (page ${n} cannot be read)`)
      }
      onProgress?.(n, total)
    }
    // Headers and footers are told by their recurrence, and paragraphs run over page breaks: the text is built
    // from all the pages at once (from their rows, smaller to keep than pdf.js's items).
    const { text, pages } = pdfRowsText(pageRows)
    if (text.trim() === '') throw importError(fileName, 'has no text layer (image-only PDF); run OCR first')
    return { ...finishSource(fileName, found, text, pages), dateIsFileCreation: true }
  } finally {
    signal?.removeEventListener('abort', onAbort)
    await task.destroy().catch(() => undefined)
  }
}

async function readInfo(doc: { getMetadata(): Promise<{ info: object }> }): Promise<{
  title: string | null
  authors: string[]
  publishedAt: string | null
}> {
  let info: Record<string, unknown> = {}
  try {
    info = (await doc.getMetadata()).info as Record<string, unknown>
  } catch {
    // A damaged information dictionary costs the metadata, not the text.
  }
  const str = (k: string): string => (typeof info[k] === 'string' ? (info[k] as string).trim() : '')
  const title = str('Title')
  return {
    title: title && !JUNK_TITLE.test(title) ? title : null,
    authors: str('Author')
      .split(/\s*;\s*/)
      .filter((a) => a !== ''),
    publishedAt: normalizeDate(str('CreationDate'))
  }
}

function errorName(err: unknown): string {
  return err && typeof err === 'object' && 'name' in err ? String(err.name) : ''
}
