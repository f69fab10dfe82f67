import type { Command } from 'commander'
import { basename } from 'node:path'
import type { ImportResult } from '../../shared/api'
import { ApiError } from '../../shared/api/api-error'
import { catchInterrupts, signalExitCode } from '../catch-interrupts'
import { call, withApi, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'
import { progressBar } from '../progress-bar'

export function registerImport(program: Command, g: () => GlobalOptions): void {
  program
    .command('import')
    .argument('<files...>', '.txt .md .html .pdf .docx .odt .srt .vtt .json (a Dossier export) .qdpx')
    .description('import sources: each is segmented into statements and attributed to speakers')
    .option('--title <title>', 'use this title instead of the one found')
    .option('--date <yyyy-mm-dd>', 'use this publication date')
    .option('--source <publisher>', 'use this source / publisher')
    .option('--allow-duplicates', 'import text that is already in the workspace')
    .action(
      async (
        files: string[],
        o: { title?: string; date?: string; source?: string; allowDuplicates?: boolean }
      ) => {
        const [{ importSandbox }, { readImportFile }] = await Promise.all([
          import('../../core/services/import/sandbox/import-sandbox'),
          import('../read-import-file')
        ])
        // The sandbox's worker starts (and loads pdf.js if needed) while the workspace opens.
        if (files.some((f) => !/\.json$/i.test(f)))
          importSandbox.warm(files.some((f) => /\.pdf$/i.test(f)) ? ['pdf'] : [])
        return withApi(g(), 'write', async (api, core) => {
          const bar = progressBar()
          let taskId: string | null = null
          const offProgress = core.onProgress((e) => !g().json && e.taskId === taskId && bar.update(e))
          // Ctrl+C or SIGTERM cancels the running import (its worker is terminated at once).
          const interrupts = catchInterrupts(() => {
            if (taskId) void call(api, 'tasks.cancel', { taskId }).catch(() => undefined)
          })
          const report: ImportResult[] = []
          try {
            const inputs: { path: string; bytes: Buffer }[] = []
            for (const path of files) {
              if (interrupts.received) break
              inputs.push({ path, bytes: await readImportFile(path) })
            }
            for (const [i, f] of inputs.entries()) {
              if (interrupts.received) break
              if (!g().json && inputs.length > 1)
                process.stderr.write(`[${i + 1}/${inputs.length}] ${basename(f.path)}\n`)
              taskId = `import-${process.pid}-${i}`
              let r: ImportResult
              try {
                r = await call(api, 'import.file', {
                  taskId,
                  fileName: basename(f.path),
                  base64: f.bytes.toString('base64'),
                  title: o.title,
                  date: o.date,
                  source: o.source,
                  duplicate: o.allowDuplicates ? 'import' : 'skip'
                })
              } catch (err) {
                if (interrupts.received && err instanceof ApiError && err.code === 'CANCELLED') break
                throw err
              } finally {
                taskId = null
                bar.done()
              }
              report.push(r)
              if (!g().json) {
                for (const d of r.imported)
                  process.stdout.write(
                    `Imported “${d.title}” (${d.documentId}): ${d.statements} statements\n`
                  )
                for (const s of r.skipped) process.stdout.write(`Skipped ${s.fileName}: ${s.reason}\n`)
                for (const w of r.warnings) process.stdout.write(`Warning: ${w}\n`)
              }
            }
          } finally {
            interrupts.dispose()
            offProgress()
          }
          if (interrupts.received) {
            const done = report.filter((r) => r.imported.length > 0).length
            throw new CliError(
              done === 0
                ? 'import cancelled; nothing was changed'
                : `import cancelled after ${done} of ${files.length} files; the rest were not imported`,
              signalExitCode(interrupts.received)
            )
          }
          if (g().json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
        })
      }
    )
}
