/** A source extracted from a file, before segmentation and speaker attribution. */
export interface ImportedSource {
  /** null when the file carries no usable title: the caller falls back to the file name. */
  title: string | null
  /** `YYYY-MM-DD` or an ISO timestamp with an offset (matches the domain's `IsoDate`), or null. */
  publishedAt: string | null
  /**
   * `publishedAt` is only when the file was created (PDF, Word, OpenDocument properties), so a date line in the
   * text (the document's own date) comes first.
   */
  dateIsFileCreation?: boolean
  authors: string[]
  source: { publisher?: string; url?: string; fileName?: string }
  /** The extracted text, LF line endings, paragraphs separated by a blank line. */
  text: string
  /**
   * Where the body starts, when the file opens with a metadata header the importer read (`Title:`, `URL:` … lines,
   * see readFieldHeader): the header stays in the text but holds no statements.
   */
  bodyStart?: number
  /** PDF only: each page as an offset range into `text` (UTF-16 units, end exclusive), for citations. */
  pages?: { page: number; start: number; end: number }[]
  /**
   * Speaker turns the format itself marks (a WebVTT `<v Name>` span), as offsets into `text`: the turn runs from
   * `start` to `end`, its label (if the text carries one) from `start` to `labelEnd`. Attribution takes these
   * as given instead of guessing turns from labels.
   */
  turns?: { start: number; labelEnd: number; end: number; speaker: string }[]
  /** Subtitles: each cue as an offset range into `text` and its timing in milliseconds. */
  cues?: { start: number; end: number; startMs: number; endMs: number }[]
}

export interface ImportOptions {
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
}

export type Importer = (bytes: Uint8Array, fileName: string, opts?: ImportOptions) => Promise<ImportedSource>

/** A file that cannot be imported. `message` is one line naming the file and the problem, never a stack trace. */
export class ImportError extends Error {
  constructor(
    readonly fileName: string,
    message: string
  ) {
    super(oneLine(message))
    this.name = 'ImportError'
  }
}

/** `importError('a/report.pdf', 'is encrypted')` → ImportError "report.pdf is encrypted". */
export function importError(fileName: string, predicate: string): ImportError {
  return new ImportError(fileName, `${displayName(fileName)} ${predicate}`)
}

/** The file's base name, on one line, for messages. */
export function displayName(fileName: string): string {
  return baseName(fileName) || 'the file'
}

/** The file's name without its folder (a dialog may hand over a full path; it is not stored). */
export function baseName(fileName: string): string {
  return oneLine(fileName.split(/[\\/]/).pop() ?? '')
}

function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim()
}
