/** The formats `export.run` writes. No zod here: the command line loads this on every start. */
export const EXPORT_FORMATS = [
  'markdown',
  'obsidian',
  'json',
  'w3c',
  'qdpx',
  'qdc',
  'csv',
  'docx',
  'html'
] as const
