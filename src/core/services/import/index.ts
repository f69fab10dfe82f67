import { detectFormat, type ImportFormat } from './detect-format'
import { importError, type ImportedSource, type Importer, type ImportOptions } from './imported-source'
import { checkImportSize } from './limits'

export { detectFormat, type ImportFormat } from './detect-format'
export { ImportError, type ImportedSource, type Importer, type ImportOptions } from './imported-source'
export { MAX_IMPORT_BYTES, MAX_UNZIPPED_BYTES } from './limits'

/** Each format's importer, loaded on first use: a text file does not load jsdom, pdf.js or mammoth. */
const IMPORTERS: Partial<Record<ImportFormat, () => Promise<Importer>>> = {
  txt: async () => (await import('./import-txt')).importTxt,
  markdown: async () => (await import('./import-markdown')).importMarkdown,
  html: async () => (await import('./import-html')).importHtml,
  pdf: async () => (await import('./import-pdf')).importPdf,
  docx: async () => (await import('./import-docx')).importDocx,
  odt: async () => (await import('./import-odt')).importOdt,
  srt: async () => (await import('./import-subtitles')).importSrt,
  vtt: async () => (await import('./import-subtitles')).importVtt
}

/** Loads the importer of a format ahead of a file (the sandbox warms its worker with it). */
export async function loadImporter(format: ImportFormat): Promise<Importer | undefined> {
  return IMPORTERS[format]?.()
}

/**
 * Extracts a source from a file of any supported type (see detectFormat). A Dossier export (.json) or a
 * REFI-QDA project (.qdpx) is not one source: detect the format first and send those to their own import
 * (for .qdpx, parseQdpx); here they give an ImportError.
 */
export async function extractSource(
  bytes: Uint8Array,
  fileName: string,
  opts: ImportOptions = {}
): Promise<ImportedSource> {
  checkImportSize(bytes.byteLength, fileName)
  const format = detectFormat(bytes, fileName)
  const importer = await loadImporter(format)
  if (!importer) {
    throw importError(
      fileName,
      format === 'qdpx'
        ? 'is a REFI-QDA project, not a single source'
        : 'is a Dossier export, not a single source'
    )
  }
  return importer(bytes, fileName, opts)
}
