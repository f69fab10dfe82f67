import type { Command } from 'commander'
import { existsSync } from 'node:fs'
import { lstat, mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/api'
import { WorkspaceStore } from '../../core/store/workspace-store'
import { isWorkspace } from '../../core/open-core'
import { call, findTheme, withApi, workspaceDir, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'
import { progressBar } from '../progress-bar'

export function registerStoreCommands(program: Command, g: () => GlobalOptions): void {
  program
    .command('check')
    .description('validate every file of the workspace; exit 1 listing the damaged ones')
    .action(async () => {
      const dir = workspaceDir(g())
      if (!isWorkspace(dir)) throw new CliError(`${dir} is not a Dossier workspace`)
      const damaged = await WorkspaceStore.check(dir)
      if (g().json)
        process.stdout.write(JSON.stringify({ ok: damaged.length === 0, damaged }, null, 2) + '\n')
      else if (damaged.length === 0) process.stdout.write(`OK: every file of ${dir} is valid\n`)
      else for (const d of damaged) process.stdout.write(`${d.file}: ${d.reason}\n`)
      if (damaged.length) process.exitCode = 1
    })

  program
    .command('restore')
    .argument('<file>', 'a workspace file, e.g. documents/d-abc.json')
    .description('bring back the last good copy of a damaged file')
    .action(async (file: string) => {
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
    .option('--rows <kind>', 'csv: statements or annotations', 'statements')
    .action((o: { format: string; out: string; theme?: string; doc?: string; rows: string }) =>
      withApi(g(), 'read', async (api, core) => {
        if (!EXPORT_FORMATS.includes(o.format as ExportFormat))
          throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${o.format}")`)
        if (o.rows !== 'statements' && o.rows !== 'annotations')
          throw new CliError('--rows must be statements or annotations')
        const themeId = o.theme ? findTheme(await call(api, 'themes.list', {}), o.theme).id : undefined
        const bar = progressBar()
        const taskId = `export-${process.pid}`
        const offProgress = core.onProgress((e) => !g().json && e.taskId === taskId && bar.update(e))
        const result = await call(api, 'export.run', {
          format: o.format as ExportFormat,
          themeId,
          documentId: o.doc,
          rows: o.rows,
          taskId
        }).finally(() => {
          offProgress()
          bar.done()
        })
        const out = resolve(o.out)
        const single = result.files.length === 1 && o.format !== 'obsidian'
        for (const f of result.files) {
          const target = single ? out : join(out, f.path)
          if (!single && !target.startsWith(out + '/'))
            throw new CliError(`refusing to write outside ${out}: ${f.path}`)
          if (!single) await assertNoSymlinkBelow(out, target)
          await mkdir(dirname(target), { recursive: true })
          await writeFile(target, f.base64 !== undefined ? Buffer.from(f.base64, 'base64') : (f.text ?? ''))
        }
        process.stdout.write(
          g().json ? JSON.stringify({ out, files: result.files.length }) + '\n' : `Wrote ${out}\n`
        )
      })
    )
}

/** A symbolic link inside the export folder (a folder or the file itself) could lead the write anywhere. */
async function assertNoSymlinkBelow(out: string, target: string): Promise<void> {
  let path = out
  for (const part of relative(out, target).split(sep)) {
    path = join(path, part)
    const st = await lstat(path).catch(() => null)
    if (!st) return
    if (st.isSymbolicLink()) throw new CliError(`refusing to write ${target}: ${path} is a symbolic link`)
  }
}
