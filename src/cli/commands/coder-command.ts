import type { Command } from 'commander'
import { call, print, withApi, type GlobalOptions } from '../cli-context'

/** `dossier coder` shows who the workspace's new work is credited to; `dossier coder set NAME` changes it. */
export function registerCoderCommand(program: Command, g: () => GlobalOptions): void {
  const coder = program
    .command('coder')
    .description('show who codes in this workspace (the coder new work is credited to)')
    .action(() =>
      withApi(g(), 'read', async (api) => {
        const view = await call(api, 'coders.list', {})
        print(g(), view, () => {
          const others = view.coders.filter((c) => c.id !== view.current?.id).map((c) => c.name)
          const current = view.current ? `${view.current.name} (${view.current.id})` : 'unknown'
          return `Coding as ${current}${others.length ? `\nOther coders: ${others.join(', ')}` : ''}`
        })
      })
    )

  coder
    .command('set')
    .argument('<name>', 'your name (at most 100 characters); an existing coder of that name is reused')
    .description('code as NAME from now on')
    .action((name: string) =>
      withApi(g(), 'write', async (api) => {
        const view = await call(api, 'coders.setCurrent', { name })
        print(g(), view, () => `Coding as ${view.current!.name} (${view.current!.id})`)
      })
    )
}
