import { displayName, ImportError } from './imported-source'

export interface DecodeTextOptions {
  /** Return an empty or whitespace-only file's text as it is instead of throwing "is empty". */
  allowEmpty?: boolean
  /** Keep CR and CRLF as they are (when offsets into the original text must be remapped by the caller). */
  keepLineEndings?: boolean
  /** How the file is named in messages, e.g. "project.qdpx: sources/a.txt"; default: the file's base name. */
  label?: string
}

/** How much of the file the control-character ratio looks at. */
const SAMPLE_BYTES = 64 * 1024
/** Above this share of control characters (other than tab, LF, VT, FF, CR, ESC) the file is binary. */
const MAX_CONTROL_RATIO = 0.05

/**
 * Decodes a text file: UTF-8 (BOM optional) or UTF-16 with a BOM; strips the BOM; turns CRLF and CR into LF.
 * Throws ImportError "<file> is empty", "<file> is not a text file (binary content)" or
 * "<file> is not valid UTF-8 (byte N)", N being the 0-based offset of the first bad byte, as a hex editor shows it.
 */
export function decodeText(bytes: Uint8Array, fileName: string, opts: DecodeTextOptions = {}): string {
  const fail = (predicate: string): ImportError =>
    new ImportError(fileName, `${opts.label ?? displayName(fileName)} ${predicate}`)

  let text: string
  const utf16 = utf16Encoding(bytes)
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes)
    } catch {
      throw fail(`is not valid ${utf16.toUpperCase()}`)
    }
  } else {
    if (bytes.indexOf(0) !== -1 || controlRatio(bytes) > MAX_CONTROL_RATIO) {
      throw fail('is not a text file (binary content)')
    }
    try {
      // ignoreBOM: false (the default) means the decoder consumes a leading BOM.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw fail(`is not valid UTF-8 (byte ${findInvalidUtf8(bytes)})`)
    }
  }
  if (!opts.allowEmpty && text.trim() === '') throw fail('is empty')
  return opts.keepLineEndings ? text : normalizeNewlines(text)
}

/** CRLF and lone CR → LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE_BYTES)
  if (n === 0) return 0
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) ||
      b === 0x7f
    ) {
      control++
    }
  }
  return control / n
}

/**
 * The 0-based offset of the first byte that starts an invalid UTF-8 sequence (overlong forms, surrogates,
 * code points above U+10FFFF, stray or missing continuation bytes, a sequence cut off at the end), or -1.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  const cont = (i: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i]
    return b !== undefined && b >= lo && b <= hi
  }
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let len: number
    if (b < 0x80) len = 1
    else if (b >= 0xc2 && b <= 0xdf) len = cont(i + 1) ? 2 : 0
    else if (b === 0xe0) len = cont(i + 1, 0xa0) && cont(i + 2) ? 3 : 0
    else if (b === 0xed) len = cont(i + 1, 0x80, 0x9f) && cont(i + 2) ? 3 : 0
    else if (b >= 0xe1 && b <= 0xef) len = cont(i + 1) && cont(i + 2) ? 3 : 0
    else if (b === 0xf0) len = cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0
    else if (b >= 0xf1 && b <= 0xf3) len = cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
    else if (b === 0xf4) len = cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3) ? 4 : 0
    else len = 0
    if (len === 0) return i
    i += len
  }
  return -1
}
