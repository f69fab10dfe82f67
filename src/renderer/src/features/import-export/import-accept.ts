/** The file types the Import… picker offers (drag and drop takes anything; the core says what it cannot read). */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf,.docx,.odt,.srt,.vtt,.json,.qdpx'

export const IMPORT_KINDS =
  'text, Markdown, HTML, PDF, Word, OpenDocument, subtitles (.srt, .vtt), Dossier JSON or REFI-QDA (.qdpx)'
