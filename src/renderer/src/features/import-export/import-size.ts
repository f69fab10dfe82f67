const MiB = 1024 * 1024

/** The largest file Dossier imports (the core's limit, checked here before the file is read and sent). */
export const MAX_IMPORT_BYTES = 50 * MiB

/** "report.pdf is 73.2 MB; the limit is 50 MB", or null when the file is small enough. */
export function importSizeError(fileName: string, bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null
  return `${fileName} is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_IMPORT_BYTES)}`
}

/** Rounds up, so a file just over the limit reads "50.1 MB", never "50 MB; the limit is 50 MB". */
function formatMegabytes(bytes: number): string {
  const mb = Math.ceil((bytes / MiB) * 10 - 1e-6) / 10
  return `${Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1)} MB`
}
