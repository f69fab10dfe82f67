import type { Command } from 'commander'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { call, withApi, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'
import { progressBar } from '../progress-bar'

const MAX_BYTES = 50 * 1024 * 1024

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
      (files: string[], o: { title?: string; date?: string; source?: string; allowDuplicates?: boolean }) =>
        withApi(g(), 'write', async (api, core) => {
          const bar = progressBar()
          const offProgress = core.onProgress((e) => !g().json && e.taskId === taskId && bar.update(e))
          let taskId: string | null = null
          let cancelled = false
          const onSigint = () => {
            if (cancelled || !taskId) process.exit(130)
            cancelled = true
            process.stderr.write('\nCancelling…\n')
            void call(api, 'tasks.cancel', { taskId })
          }
          process.on('SIGINT', onSigint)
          const inputs: { path: string; bytes: Buffer }[] = []
          for (const path of files) {
            const info = await stat(path).catch(() => null)
            if (!info?.isFile()) throw new CliError(`${path}: no such file`)
            if (info.size > MAX_BYTES)
              throw new CliError(
                `${basename(path)} is ${(info.size / 1e6).toFixed(1)} MB; the limit is 50 MB`
              )
            inputs.push({ path, bytes: await readFile(path) })
          }
          const report = []
          for (const [i, f] of inputs.entries()) {
            if (!g().json && inputs.length > 1)
              process.stderr.write(`[${i + 1}/${inputs.length}] ${basename(f.path)}\n`)
            taskId = `import-${process.pid}-${i}`
            const r = await call(api, 'import.file', {
              taskId,
              fileName: basename(f.path),
              base64: f.bytes.toString('base64'),
              title: o.title,
              date: o.date,
              source: o.source,
              duplicate: o.allowDuplicates ? 'import' : 'skip'
            })
            bar.done()
            report.push(r)
            if (!g().json) {
              for (const d of r.imported)
                process.stdout.write(`Imported “${d.title}” (${d.documentId}): ${d.statements} statements\n`)
              for (const s of r.skipped) process.stdout.write(`Skipped ${s.fileName}: ${s.reason}\n`)
              for (const w of r.warnings) process.stdout.write(`Warning: ${w}\n`)
            }
          }
          process.off('SIGINT', onSigint)
          offProgress()
          if (g().json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
        })
    )
}
