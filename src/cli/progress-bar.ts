import type { ProgressEvent } from '../shared/api'

/** A one-line progress bar on stderr (only on a terminal; silent when piped or with --json). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {
  update(e: ProgressEvent): void
  done(): void
} {
  const live = stream.isTTY === true
  let last = ''
  const write = (line: string) => {
    if (!live || line === last) return
    last = line
    stream.write(`\r\x1b[2K${line}`)
  }
  return {
    update(e) {
      if (e.finished) return
      const width = 24
      if (e.total > 0) {
        const ratio = Math.min(1, e.done / e.total)
        const filled = Math.round(ratio * width)
        write(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(ratio * 100)}% ${e.label}`)
      } else write(`[${'.'.repeat(width)}] ${e.label}…`)
    },
    done() {
      if (live && last) stream.write('\r\x1b[2K')
      last = ''
    }
  }
}
