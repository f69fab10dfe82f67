import { unzipSync } from 'fflate'
import type { ExportResult } from '../../../../shared/api'
import { base64ToBytes } from './base64'

export interface FileSize {
  path: string
  bytes: number
  /** For a zip (.qdpx): the files it holds. */
  entries?: FileSize[]
}

export type ExportPreview =
  | { kind: 'text'; path: string; text: string; totalLines: number; truncated: boolean }
  | { kind: 'files'; files: FileSize[]; totalBytes: number }

export interface TruncatedText {
  text: string
  totalLines: number
  truncated: boolean
}

/** The first `maxLines` lines of `text` (`maxLines` ≥ 1), cut at `maxChars` (a minified file is one long line). */
export function truncateLines(text: string, maxLines: number, maxChars: number): TruncatedText {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text
  let end = 0
  for (let n = 0; n < maxLines; n++) {
    const newline = body.indexOf('\n', end)
    if (newline < 0) {
      end = body.length
      break
    }
    end = newline + 1
  }
  let shown = end >= body.length ? body : body.slice(0, end - 1)
  if (shown.length > maxChars) shown = shown.slice(0, maxChars)
  return { text: shown, totalLines: countLines(body), truncated: shown.length < body.length }
}

function countLines(body: string): number {
  if (body === '') return 0
  let lines = 1
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lines++
  return lines
}

/** The size a base64 string decodes to. */
export function base64Size(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return Math.floor((base64.length * 3) / 4) - padding
}

const encoder = new TextEncoder()

/** The files of an export with their sizes in bytes (text as UTF-8). */
export function exportFileSizes(result: ExportResult): FileSize[] {
  return result.files.map((f) => ({
    path: f.path,
    bytes: f.base64 !== undefined ? base64Size(f.base64) : encoder.encode(f.text ?? '').length
  }))
}

/** The entries of a zip with their uncompressed sizes, read from its directory without inflating anything. */
export function zipEntries(bytes: Uint8Array): FileSize[] {
  const entries: FileSize[] = []
  unzipSync(bytes, {
    filter: (file) => {
      if (!file.name.endsWith('/')) entries.push({ path: file.name, bytes: file.originalSize })
      return false
    }
  })
  return entries
}

/**
 * What the Export dialog previews: a single text file's first lines, or the list of files with sizes (a vault's
 * files, or what a zip such as .qdpx holds).
 */
export function previewExport(result: ExportResult, maxLines = 200, maxChars = 60_000): ExportPreview {
  const [only] = result.files
  if (result.files.length === 1 && only && only.text !== undefined) {
    return { kind: 'text', path: only.path, ...truncateLines(only.text, maxLines, maxChars) }
  }
  const files = exportFileSizes(result)
  if (files.length === 1 && only?.base64 !== undefined && result.mediaType === 'application/zip') {
    try {
      files[0] = { ...files[0]!, entries: zipEntries(base64ToBytes(only.base64)) }
    } catch {
      // Not a readable zip: the file itself is still listed.
    }
  }
  return { kind: 'files', files, totalBytes: files.reduce((sum, f) => sum + f.bytes, 0) }
}

/** 1536 → "1.5 KB"; sizes in units of 1024, as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`
}
