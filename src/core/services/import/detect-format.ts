import { displayName, importError, ImportError } from './imported-source'

export type ImportFormat =
  'txt' | 'markdown' | 'html' | 'pdf' | 'docx' | 'odt' | 'srt' | 'vtt' | 'json' | 'qdpx'

const BY_EXTENSION: Record<string, ImportFormat> = {
  '.txt': 'txt',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.odt': 'odt',
  '.srt': 'srt',
  '.vtt': 'vtt',
  '.json': 'json',
  '.qdpx': 'qdpx'
}
const SUPPORTED = Object.keys(BY_EXTENSION).join(', ')

/** `%PDF-` at the start or, when `lenient`, within the first 1024 bytes (junk before it, as PDF readers allow). */
export function startsLikePdf(bytes: Uint8Array, lenient = false): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, lenient ? 1024 + 5 : 5))
  return lenient ? head.includes('%PDF-') : head === '%PDF-'
}

export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/**
 * An OpenDocument text: a zip whose first entry is `mimetype`, stored, holding
 * `application/vnd.oasis.opendocument.text…` (ODF requires exactly this layout, so the name is at byte 30).
 */
export function startsLikeOdt(bytes: Uint8Array): boolean {
  if (!startsLikeZip(bytes)) return false
  const head = new TextDecoder('latin1').decode(bytes.subarray(30, 38 + 39))
  return head.startsWith('mimetypeapplication/vnd.oasis.opendocument.text')
}

/** A WebVTT file: `WEBVTT` (after an optional BOM) alone or followed by a space, tab or line break. */
export function startsLikeWebVtt(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 10))
  return /^\uFEFF?WEBVTT(?:$|[ \t\r\n])/.test(head)
}

/**
 * Chooses the importer for a file, by its extension (case-insensitive), checked against its first bytes:
 * - an empty file → "is empty";
 * - a file starting with `%PDF-` is a PDF whatever its extension (a mislabelled download), except `.json`;
 * - `.pdf` without `%PDF-` in its first 1024 bytes → "is not a PDF (it does not start with %PDF)";
 * - `.docx`/`.qdpx` without the zip signature `PK\x03\x04` → "is not a valid .docx (truncated or not a zip)" /
 *   "is a truncated or damaged zip" (a .docx protected with a password is not a zip either: importDocx says so);
 * - `.odt` without the zip signature → "is not a valid .odt (truncated or not a zip)"; a `.docx` that is really an
 *   OpenDocument text (its `mimetype` entry says so) is read as one;
 * - a `.txt` or `.srt` starting with a `WEBVTT` line is WebVTT;
 * - `.json` is reserved for Dossier exports: 'json' is returned and the caller handles it;
 * - anything else → "<file>: unsupported file type .xyz (supported: .txt, .md, .markdown, .html, .htm, .pdf,
 *   .docx, .odt, .srt, .vtt, .json, .qdpx)", or "<file> has no file extension (supported: …)".
 */
export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  const ext = dot > 0 ? base.slice(dot).toLowerCase() : ''
  const format = BY_EXTENSION[ext]
  if (bytes.byteLength === 0) throw importError(fileName, 'is empty')
  if (format !== 'json' && startsLikePdf(bytes, format === 'pdf')) return 'pdf'
  if (format === undefined) {
    if (!ext) throw importError(fileName, `has no file extension (supported: ${SUPPORTED})`)
    throw new ImportError(
      fileName,
      `${displayName(fileName)}: unsupported file type ${ext} (supported: ${SUPPORTED})`
    )
  }
  if (format === 'pdf') throw importError(fileName, 'is not a PDF (it does not start with %PDF)')
  if ((format === 'docx' || format === 'odt') && startsLikeOdt(bytes)) return 'odt'
  if (format === 'odt' && !startsLikeZip(bytes))
    throw importError(fileName, 'is not a valid .odt (truncated or not a zip)')
  if ((format === 'txt' || format === 'srt') && startsLikeWebVtt(bytes)) return 'vtt'
  if (format === 'docx' && !startsLikeZip(bytes) && !isOle2(bytes)) {
    throw importError(fileName, 'is not a valid .docx (truncated or not a zip)')
  }
  if (format === 'qdpx' && !startsLikeZip(bytes)) throw importError(fileName, 'is a truncated or damaged zip')
  return format
}

function isOle2(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0
}
