import { detectFormat } from './detect-format'
import { importDocx } from './import-docx'
import { importHtml } from './import-html'
import { importMarkdown } from './import-markdown'
import { importOdt } from './import-odt'
import { importPdf } from './import-pdf'
import { importSrt, importVtt } from './import-subtitles'
import { importTxt } from './import-txt'
import { importError, type ImportedSource, type Importer, type ImportOptions } from './imported-source'
import { checkImportSize } from './limits'

export { detectFormat, type ImportFormat } from './detect-format'
export { importDocx } from './import-docx'
export { importHtml } from './import-html'
export { importMarkdown } from './import-markdown'
export { importOdt } from './import-odt'
export { importPdf } from './import-pdf'
export { parseQdpx } from './import-qdpx'
export { importSrt, importVtt } from './import-subtitles'
export { importTxt } from './import-txt'
export { ImportError, type ImportedSource, type Importer, type ImportOptions } from './imported-source'
export { MAX_IMPORT_BYTES, MAX_UNZIPPED_BYTES } from './limits'
export type { QdpxCode, QdpxProject, QdpxSelection, QdpxSource } from './qdpx-project'

const IMPORTERS = {
  txt: importTxt,
  markdown: importMarkdown,
  html: importHtml,
  pdf: importPdf,
  docx: importDocx,
  odt: importOdt,
  srt: importSrt,
  vtt: importVtt
} as const
const IMPORTERS_BY_FORMAT: Record<string, Importer | undefined> = IMPORTERS

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
  const importer = IMPORTERS_BY_FORMAT[format]
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
