import type { Command } from 'commander'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ExportFormat } from '../../shared/api'
import { EXPORT_FORMATS } from '../../shared/api/export-formats'
import { findView } from '../view-filter'
import { call, findTheme, withApi, workspaceDir, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'
import { progressBar } from '../progress-bar'

const loadStore = async () => ({
  isWorkspace: (await import('../../core/open-core')).isWorkspace,
  WorkspaceStore: (await import('../../core/store/workspace-store')).WorkspaceStore
})

export function registerStoreCommands(program: Command, g: () => GlobalOptions): void {
  program
    .command('check')
    .description(
      'validate every file of the workspace; exit 1 listing the damaged ones (also lists what it does not read, and an unfinished save)'
    )
    .action(async () => {
      const { isWorkspace, WorkspaceStore } = await loadStore()
      const dir = workspaceDir(g())
      if (!isWorkspace(dir)) throw new CliError(`${dir} is not a Dossier workspace`)
      const { damaged, ignored, notices } = await WorkspaceStore.inspect(dir)
      if (g().json)
        process.stdout.write(
          JSON.stringify({ ok: damaged.length === 0, damaged, ignored, notices }, null, 2) + '\n'
        )
      else {
        if (damaged.length === 0) process.stdout.write(`OK: every file of ${dir} is valid\n`)
        for (const d of [...damaged, ...notices, ...ignored]) process.stdout.write(`${d.file}: ${d.reason}\n`)
      }
      if (damaged.length) process.exitCode = 1
    })

  program
    .command('restore')
    .argument('<file>', 'a workspace file, e.g. documents/d-abc.json')
    .description('bring back the last good copy of a damaged file')
    .action(async (file: string) => {
      const { isWorkspace, WorkspaceStore } = await loadStore()
      const dir = workspaceDir(g())
      // A workspace whose workspace.json is lost still has its backups: restoring that file must work.
      if (!isWorkspace(dir) && !existsSync(join(dir, '.backup')))
        throw new CliError(`${dir} is not a Dossier workspace`)
      await WorkspaceStore.restore(dir, file)
      process.stdout.write(`Restored ${file} from its last good copy\n`)
    })

  program
    .command('export')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .requiredOption('--out <path>', 'the file (or folder, for obsidian) to write')
    .option('--theme <name>', 'only this theme and its sub-themes')
    .option('--doc <id>', 'only this document')
    .option('--rows <kind>', 'csv: statements, annotations or codings (one row per coding)', 'statements')
    .option('--view <name>', 'only the statements of this saved view (see: dossier views)')
    .option('--force', 'replace an existing file that is not an earlier export of this format')
    .option('--keep-empty-themes', 'markdown, docx, html: keep themes that code nothing')
    .action(
      (o: {
        format: string
        out: string
        theme?: string
        doc?: string
        rows: string
        view?: string
        force?: boolean
        keepEmptyThemes?: boolean
      }) =>
        withApi(g(), 'read', async (api, core) => {
          if (!EXPORT_FORMATS.includes(o.format as ExportFormat))
            throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${o.format}")`)
          if (o.rows !== 'statements' && o.rows !== 'annotations' && o.rows !== 'codings')
            throw new CliError(`--rows must be statements, annotations or codings (got "${o.rows}")`)
          const themeId = o.theme ? findTheme(await call(api, 'themes.list', {}), o.theme).id : undefined
          const filter = o.view ? (await findView(api, o.view)).filter : undefined
          const { checkExportTarget, writeExport } = await import('../../core/services/export/write-export')
          const target = { format: o.format as ExportFormat, force: o.force }
          await checkExportTarget(o.out, target) // before the work: a refusal comes at once
          const bar = progressBar()
          const taskId = `export-${process.pid}`
          const offProgress = core.onProgress((e) => !g().json && e.taskId === taskId && bar.update(e))
          const result = await call(api, 'export.run', {
            format: o.format as ExportFormat,
            themeId,
            documentId: o.doc,
            rows: o.rows,
            filter,
            taskId,
            ...(o.keepEmptyThemes ? { keepEmptyThemes: true } : {})
          }).finally(() => {
            offProgress()
            bar.done()
          })
          const written = await writeExport(
            o.out,
            result.files.map((f) => ({
              path: f.path,
              content: f.base64 !== undefined ? Buffer.from(f.base64, 'base64') : (f.text ?? '')
            })),
            { ...target, suggestedName: result.suggestedName }
          )
          process.stdout.write(
            g().json
              ? JSON.stringify({ out: written.out, files: written.files }) + '\n'
              : `Wrote ${written.out}\n`
          )
        })
    )
}
