import { strToU8, zipSync, type Zippable } from 'fflate'
import type { ExportResult } from '../../../../shared/api'
import { base64ToBytes } from './base64'

export interface DownloadFile {
  fileName: string
  type: string
  data: Uint8Array | string
}

/**
 * The one file an export is saved as: a single text or binary file as it is, under its suggested name; a folder's
 * worth (an Obsidian vault) as `<suggestedName>.zip` holding the folder `<suggestedName>/`.
 */
export function exportDownload(result: ExportResult): DownloadFile {
  const [only] = result.files
  if (!only) throw new Error('The export produced no files.')
  if (result.files.length === 1 && only.path === result.suggestedName) {
    return only.base64 !== undefined
      ? { fileName: result.suggestedName, type: result.mediaType, data: base64ToBytes(only.base64) }
      : { fileName: result.suggestedName, type: result.mediaType, data: only.text ?? '' }
  }
  return { fileName: `${result.suggestedName}.zip`, type: 'application/zip', data: zipExport(result) }
}

/** Zips an export's files under a folder named after the export. */
export function zipExport(result: ExportResult): Uint8Array {
  const entries: Zippable = {}
  for (const f of result.files) {
    const path = `${result.suggestedName}/${f.path.replace(/^\/+/, '')}`
    entries[path] = f.base64 !== undefined ? base64ToBytes(f.base64) : strToU8(f.text ?? '')
  }
  return zipSync(entries, { level: 6 })
}
