import { importError } from './imported-source'

const MiB = 1024 * 1024

/**
 * The largest file Dossier imports: 50 MiB. A source's text is capped at 2 M characters (`MAX_TEXT`), which a
 * text-heavy 50 MiB PDF or DOCX already exceeds; larger files are scans or media, better split or OCR'd first.
 * Sizes are shown in MB of 1024 × 1024 bytes, as file managers on Windows and macOS before 10.6 do.
 */
export const MAX_IMPORT_BYTES = 50 * MiB

/** The most a zip (.docx, .odt, .qdpx) may expand to, summed over the entries read: declared, then as inflated. */
export const MAX_UNZIPPED_BYTES = 200 * MiB

/**
 * The most one part of a document package (a .docx's word/document.xml, an .odt's content.xml) may expand to:
 * 64 MiB of XML is many times the text Dossier keeps of a source (MAX_TEXT), so a larger part is a bomb, refused
 * before its parser works on it.
 */
export const MAX_DOCUMENT_PART_BYTES = 64 * MiB

/** Throws ImportError "<file> is 73.2 MB; the limit is 50 MB" when `byteLength` is over MAX_IMPORT_BYTES. */
export function checkImportSize(byteLength: number, fileName: string): void {
  if (byteLength > MAX_IMPORT_BYTES) {
    throw importError(
      fileName,
      `is ${formatMegabytes(byteLength)}; the limit is ${formatMegabytes(MAX_IMPORT_BYTES)}`
    )
  }
}

/**
 * 76_755_763 → "73.2 MB"; whole numbers lose the decimal: "50 MB". Rounds up, so a file just over the limit
 * reads "50.1 MB", never "50 MB; the limit is 50 MB".
 */
export function formatMegabytes(bytes: number): string {
  const mb = Math.ceil((bytes / MiB) * 10 - 1e-6) / 10
  return `${Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1)} MB`
}

/** The deepest nesting an importer accepts (Markdown containers and emphasis, HTML elements): 1,000 levels. */
export const MAX_NESTING_DEPTH = 1000

/** The most pages a PDF may have: 10,000 (a page tree can claim a billion in a few bytes). */
export const MAX_PDF_PAGES = 10_000

/** Throws ImportError "<file> nests deeper than 1,000 levels" when `depth` is over MAX_NESTING_DEPTH. */
export function checkNestingDepth(depth: number, fileName: string): void {
  if (depth > MAX_NESTING_DEPTH)
    throw importError(fileName, `nests deeper than ${count(MAX_NESTING_DEPTH)} levels`)
}

/**
 * Throws ImportError "<file> has more than 10,000 pages" when a PDF's page count is over MAX_PDF_PAGES; call it
 * with `numPages` before reading any page.
 */
export function checkPageCount(pages: number, fileName: string): void {
  if (!(pages <= MAX_PDF_PAGES)) throw importError(fileName, `has more than ${count(MAX_PDF_PAGES)} pages`)
}

/** 10000 → "10,000". */
export function count(n: number): string {
  return n.toLocaleString('en-US')
}
