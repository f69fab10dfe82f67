import { progressBar } from './progress-bar'

/**
 * A progress bar for opening a workspace, shown only once opening has taken `delayMs` (a small workspace
 * opens without a flicker). Same rules as the bar: a terminal only.
 */
export function openingProgress(
  stream: NodeJS.WriteStream = process.stderr,
  delayMs = 300,
  now: () => number = Date.now
): { onProgress(done: number, total: number): void; done(): void } {
  const bar = progressBar(stream)
  const start = now()
  return {
    onProgress(done, total) {
      if (now() - start < delayMs) return
      bar.update({
        taskId: 'open',
        label: `Opening the workspace (${total.toLocaleString('en-US')} files)`,
        done,
        total,
        finished: false
      })
    },
    done: () => bar.done()
  }
}
