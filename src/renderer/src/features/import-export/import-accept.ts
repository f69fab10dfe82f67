/** The file types the Import… picker offers (drag and drop takes anything; the core says what it cannot read). */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf,.docx,.json,.qdpx'

export const IMPORT_KINDS = 'text, Markdown, HTML, PDF, Word, Dossier JSON or REFI-QDA (.qdpx)'
