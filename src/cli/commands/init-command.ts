import type { Command } from 'commander'
import { workspaceDir, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'

export function registerInit(program: Command, g: () => GlobalOptions): void {
  program
    .command('init')
    .description('create a workspace (seeded with the sample article unless --empty)')
    .option('--empty', 'create an empty workspace')
    .action(async (o: { empty?: boolean }) => {
      const { isWorkspace, openCore } = await import('../../core/open-core')
      const dir = workspaceDir(g())
      if (isWorkspace(dir)) throw new CliError(`${dir} is already a Dossier workspace`)
      const core = await openCore(dir, { create: o.empty ? 'empty' : 'seeded' })
      const stats = (await core.dispatch('workspace.stats', {})) as { documents: number; statements: number }
      await core.close()
      process.stdout.write(
        g().json
          ? JSON.stringify({ workspace: dir, ...stats }) + '\n'
          : `Created workspace ${dir} (${stats.documents} document(s), ${stats.statements} statements)\n`
      )
    })
}
