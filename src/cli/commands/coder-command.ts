import type { Command } from 'commander'
import type { CodersView, ViewScope } from '../../shared/api'
import { call, print, withApi, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'

/** Whose codings views show, in words. */
function scopeText(scope: ViewScope, view: CodersView): string {
  const me = view.current?.name ?? 'unknown'
  if (scope.blind) return `Blind mode: showing only your codings (${me})`
  if (scope.show === 'all') return "Showing everyone's codings"
  if (scope.show === 'mine') return `Showing only your codings (${me})`
  return `Showing only ${view.coders.find((c) => c.id === scope.show)?.name ?? scope.show}'s codings`
}

/** `all`, `mine`, or a coder by name (case-insensitive) or id; a clear error listing the coders otherwise. */
function showOf(ref: string, view: CodersView): ViewScope['show'] {
  const word = ref.trim().toLocaleLowerCase()
  if (word === 'all' || word === 'mine') return word
  const coder =
    view.coders.find((c) => c.id === ref) ?? view.coders.find((c) => c.name.toLocaleLowerCase() === word)
  if (!coder)
    throw new CliError(
      `no coder "${ref}" (say all, mine or one of: ${view.coders.map((c) => `"${c.name}"`).join(', ')})`
    )
  return coder.id
}

/**
 * `dossier coder` shows who the workspace's new work is credited to; `dossier coder set NAME` changes it;
 * `dossier coder view` and `dossier coder blind` choose whose codings views show.
 */
export function registerCoderCommand(program: Command, g: () => GlobalOptions): void {
  const coder = program
    .command('coder')
    .description('show who codes in this workspace (the coder new work is credited to)')
    .action(() =>
      withApi(g(), 'read', async (api) => {
        const view = await call(api, 'coders.list', {})
        const scope = await call(api, 'coders.scope', {})
        print(g(), { ...view, scope }, () => {
          const others = view.coders.filter((c) => c.id !== view.current?.id).map((c) => c.name)
          const current = view.current ? `${view.current.name} (${view.current.id})` : 'unknown'
          const lines = [`Coding as ${current}`]
          if (others.length) lines.push(`Other coders: ${others.join(', ')}`)
          if (scope.show !== 'all') lines.push(scopeText(scope, view))
          return lines.join('\n')
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

  coder
    .command('view')
    .argument('<whose>', "all (everyone's codings), mine, or a coder's name")
    .description(
      'show only these codings in lists, counts and analyses here (agreement and exports show all)'
    )
    .action((whose: string) =>
      withApi(g(), 'write', async (api) => {
        const view = await call(api, 'coders.list', {})
        const scope = await call(api, 'coders.setScope', { show: showOf(whose, view) })
        print(g(), scope, () => scopeText(scope, view))
      })
    )

  coder
    .command('blind')
    .argument('<on|off>', "on: show only your codings, and no other coder's, until turned off")
    .description("blind coding: hide other coders' codings and their counts")
    .action((state: string) =>
      withApi(g(), 'write', async (api) => {
        const word = state.trim().toLowerCase()
        if (word !== 'on' && word !== 'off') throw new CliError(`say on or off, not "${state}"`)
        const view = await call(api, 'coders.list', {})
        const scope = await call(api, 'coders.setScope', { blind: word === 'on' })
        print(g(), scope, () => scopeText(scope, view))
      })
    )
}
