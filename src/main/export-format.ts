/** The export format for a chosen file name, by extension. */
export const EXPORT_FILTERS = [
  { name: 'Markdown', extensions: ['md'] },
  { name: 'Word document', extensions: ['docx'] },
  { name: 'CSV table', extensions: ['csv'] },
  { name: 'HTML', extensions: ['html'] },
  { name: 'JSON', extensions: ['json'] }
]

export const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf']

export function exportFormatFor(filePath: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(filePath)
  return match?.[1]?.toLowerCase() ?? 'md'
}
