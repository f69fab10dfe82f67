import type { Command } from 'commander'
import { call, print, withApi, type GlobalOptions } from '../cli-context'
import { formatTable } from '../format-table'
import { addFilterOptions, describeFilter, filterFromFlags, findView, type FilterFlags } from '../view-filter'

/** `dossier views`: the saved views of the workspace (named filters), listed, saved, shown and deleted. */
export function registerViewsCommand(program: Command, g: () => GlobalOptions): void {
  const views = program.command('views').description('saved views: named filters of statements')

  views
    .command('list', { isDefault: true })
    .description('list the saved views (the default)')
    .action(() =>
      withApi(g(), 'read', async (api) => {
        const list = await call(api, 'views.list', {})
        const rows = await Promise.all(
          list.map(async (v) => ({ ...v, described: await describeFilter(api, v.filter) }))
        )
        print(g(), list, () =>
          rows.length
            ? formatTable(
                ['NAME', 'FILTER', 'UPDATED'],
                rows.map((v) => [v.name, v.described, v.updatedAt.slice(0, 10)]),
                90
              )
            : 'No saved views. Save one with: dossier views save NAME --theme … (see: dossier views save --help)'
        )
      })
    )

  addFilterOptions(
    views
      .command('save')
      .argument('<name>', 'the view’s name; saving under an existing name replaces that view')
      .description('save a filter as a named view (flags as in: dossier statements)')
      .option('--query <text>', 'containing this text')
      .option('--linked', 'only statements with cross-references')
      .option('--unlinked', 'only statements without cross-references')
  ).action((name: string, o: FilterFlags) =>
    withApi(g(), 'write', async (api) => {
      const filter = await filterFromFlags(api, o)
      const existed = (await call(api, 'views.list', {})).some(
        (v) => v.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase()
      )
      const view = await call(api, 'views.save', { name, filter })
      const words = await describeFilter(api, view.filter)
      print(g(), view, () => `${existed ? 'Replaced' : 'Saved'} view "${view.name}": ${words}`)
    })
  )

  views
    .command('show')
    .argument('<name>', 'a saved view')
    .description('show a saved view: its filter in words and how many statements it matches')
    .action((name: string) =>
      withApi(g(), 'read', async (api) => {
        const view = await findView(api, name)
        const { total } = await call(api, 'statements.list', { ...view.filter, limit: 1 })
        const words = await describeFilter(api, view.filter)
        print(g(), { ...view, statements: total }, () =>
          [
            `${view.name}`,
            `  filter:     ${words}`,
            `  statements: ${total}`,
            `  saved:      ${view.createdAt}${view.updatedAt !== view.createdAt ? ` (updated ${view.updatedAt})` : ''}`,
            ...view.dropped.map((d) => `  note:       ${d}; left out`)
          ].join('\n')
        )
      })
    )

  views
    .command('delete')
    .argument('<name>', 'a saved view')
    .description('delete a saved view (undo in the app brings it back)')
    .action((name: string) =>
      withApi(g(), 'write', async (api) => {
        const view = await findView(api, name)
        await call(api, 'views.delete', { id: view.id })
        print(g(), { deleted: view.name }, () => `Deleted view "${view.name}"`)
      })
    )
}
