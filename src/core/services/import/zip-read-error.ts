/**
 * Why a zip could not be read: `damaged` (truncated, not a zip, unknown compression, an entry whose data
 * contradicts its header) or `too-large` (expands past MAX_UNZIPPED_BYTES). `entry` names the entry at fault.
 */
export class ZipReadError extends Error {
  constructor(
    readonly kind: 'damaged' | 'too-large',
    message: string,
    readonly entry?: string
  ) {
    super(message)
    this.name = 'ZipReadError'
  }
}
