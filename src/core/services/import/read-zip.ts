import { unzipSync } from 'fflate'
import { formatMegabytes, MAX_UNZIPPED_BYTES } from './limits'

/** Why a zip could not be read: `damaged` (truncated, not a zip, unknown compression) or `too-large`. */
export class ZipReadError extends Error {
  constructor(
    readonly kind: 'damaged' | 'too-large',
    message: string
  ) {
    super(message)
    this.name = 'ZipReadError'
  }
}

export interface ReadZipOptions {
  /** Which entries to decompress (by their name in the zip). */
  want: (name: string) => boolean
  /** Called with every entry's name first; may throw (an ImportError for an unsafe name, say). */
  inspect?: (name: string) => void
}

/**
 * Decompresses the wanted entries of a zip with fflate. Errors thrown by `inspect` pass through; fflate's
 * own become ZipReadError 'damaged'; wanted entries declaring more than MAX_UNZIPPED_BYTES in total give
 * ZipReadError 'too-large' before anything is inflated (a zip bomb's declared sizes are small, but fflate
 * then stops at the declared size).
 */
export function readZip(bytes: Uint8Array, opts: ReadZipOptions): Map<string, Uint8Array> {
  let total = 0
  let passThrough: unknown = null
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        try {
          opts.inspect?.(file.name)
        } catch (err) {
          passThrough = err
          throw err
        }
        if (!opts.want(file.name)) return false
        total += file.originalSize
        if (total > MAX_UNZIPPED_BYTES) {
          passThrough = new ZipReadError(
            'too-large',
            `expands to more than ${formatMegabytes(MAX_UNZIPPED_BYTES)}`
          )
          throw passThrough
        }
        return true
      }
    })
  } catch (err) {
    if (passThrough !== null) throw passThrough
    throw new ZipReadError('damaged', err instanceof Error ? err.message : String(err))
  }
  return new Map(Object.entries(files))
}
