import type { Command } from 'commander'
import { basename } from 'node:path'
import { ApiError } from '../../shared/api/api-error'
import type { MergeSummary } from '../../shared/api/merge'
import { call, withApi, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'

export function registerMerge(program: Command, g: () => GlobalOptions): void {
  program
    .command('merge')
    .argument('<file>', "another workspace's JSON export (.json) or a REFI-QDA project (.qdpx)")
    .description(
      "bring another analyst's codings, highlights, links and notes in under their coder; prints what would come in, and merges with --yes"
    )
    .option('--add-sources', 'add its documents even if it shares none with this workspace')
    .option('--yes', 'merge (otherwise it only says what would come in, changing nothing)')
    .action(async (file: string, o: { addSources?: boolean; yes?: boolean }) => {
      const { readImportFile } = await import('../read-import-file')
      const bytes = await readImportFile(file)
      const { mergeSummaryText } = await import('../merge-summary-text')
      const input = { fileName: basename(file), base64: bytes.toString('base64'), addSources: !!o.addSources }
      const hint = ' (run again with --add-sources)'
      const print = (m: MergeSummary): void => {
        process.stdout.write((g().json ? JSON.stringify(m, null, 2) : mergeSummaryText(m)) + '\n')
      }
      // A preview takes no lock, so it works while the app has the workspace open.
      return withApi(g(), o.yes ? 'write' : 'read', async (api) => {
        if (o.yes) {
          const done = await call(api, 'merge.apply', input).catch((err: unknown) => {
            throw err instanceof ApiError && err.code === 'CONFLICT' ? new CliError(err.message + hint) : err
          })
          return print(done)
        }
        const summary = await call(api, 'merge.preview', input)
        print(summary)
        if (summary.refusal) throw new CliError(summary.refusal + hint)
        if (!g().json)
          process.stdout.write(
            summary.changes === 0
              ? 'Nothing to merge: all of it is here already.\n'
              : `Run again with --yes to merge it (${summary.changes} changes).\n`
          )
      })
    })
}
