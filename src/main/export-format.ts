import type { ExportFormat } from '../shared/api/inputs'

/** Save-dialog filters for the single-file export formats (an Obsidian vault is a folder: CLI or renderer). */
export const EXPORT_FILTERS = [
  { name: 'Markdown report', extensions: ['md'] },
  { name: 'Word report', extensions: ['docx'] },
  { name: 'Print-ready HTML report', extensions: ['html'] },
  { name: 'CSV table', extensions: ['csv'] },
  { name: 'REFI-QDA project', extensions: ['qdpx'] },
  { name: 'REFI-QDA codebook', extensions: ['qdc'] },
  { name: 'W3C Web Annotations', extensions: ['jsonld'] },
  { name: 'Dossier JSON snapshot', extensions: ['json'] }
]

const BY_EXTENSION: Readonly<Record<string, ExportFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  csv: 'csv',
  qdpx: 'qdpx',
  qdc: 'qdc',
  jsonld: 'w3c',
  json: 'json',
  docx: 'docx',
  html: 'html'
}

export const IMPORT_EXTENSIONS = [
  'txt',
  'md',
  'markdown',
  'html',
  'htm',
  'pdf',
  'docx',
  'odt',
  'srt',
  'vtt',
  'json',
  'qdpx'
]

/** The export format for the file name chosen in the save dialog; null when the extension is not one we write. */
export function exportFormatFor(filePath: string): ExportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(filePath)?.[1]?.toLowerCase()
  return (extension && BY_EXTENSION[extension]) || null
}
