import type { ExportFormat } from '../../../../shared/api'

export interface ExportFormatInfo {
  format: ExportFormat
  name: string
  description: string
}

/** The formats that write the report (and can keep its empty themes). */
export const REPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'docx', 'html']

/** Every format of `export.run`, in the order the Export dialog lists them. */
export const EXPORT_FORMAT_INFO: readonly ExportFormatInfo[] = [
  { format: 'markdown', name: 'Markdown', description: 'Markdown report: themes, quoted statements, notes' },
  { format: 'docx', name: 'Word', description: 'The same report as a Word document (.docx)' },
  {
    format: 'html',
    name: 'Print-ready HTML',
    description: 'The same report as one web page, ready to print or save as PDF'
  },
  { format: 'obsidian', name: 'Obsidian', description: 'Obsidian vault (zip of folders), for Logseq too' },
  {
    format: 'json',
    name: 'Dossier JSON',
    description: 'The whole workspace, to back up or restore by import'
  },
  {
    format: 'w3c',
    name: 'W3C annotations',
    description: 'Annotations, tags and links as W3C Web Annotations'
  },
  {
    format: 'qdpx',
    name: 'REFI-QDA project',
    description: 'REFI-QDA project for ATLAS.ti, MAXQDA, NVivo, QualCoder'
  },
  { format: 'qdc', name: 'REFI-QDA codebook', description: 'The themes alone, as a codebook for QDA tools' },
  { format: 'csv', name: 'CSV', description: 'A spreadsheet: one row per statement or annotation' }
]
