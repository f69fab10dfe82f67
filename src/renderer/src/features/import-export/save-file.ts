import type { DownloadFile } from './export-download'

/**
 * Saves a file through the browser's download (in the desktop app, a save dialog): a temporary `<a download>` on
 * an object URL.
 */
export function saveFile({ fileName, type, data }: DownloadFile): void {
  const blob = new Blob([data as BlobPart], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
