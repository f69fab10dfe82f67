import type { Command } from 'commander'
import { call, findSpeaker, print, withApi, type GlobalOptions } from '../cli-context'

/** `dossier speaker rename|role|merge|delete`: fix the speakers an import found (see `speaker set` to attribute). */
export function registerSpeakerCommands(program: Command, g: () => GlobalOptions): void {
  const speaker =
    program.commands.find((c) => c.name() === 'speaker') ??
    program.command('speaker').description('edit speakers and attributions')
  speaker.description('edit speakers and attributions')

  speaker
    .command('rename')
    .argument('<speaker>', 'name, alias or id')
    .argument('<new-name>')
    .description('rename a speaker')
    .action((ref: string, name: string) =>
      withApi(g(), 'write', async (api) => {
        const sp = findSpeaker(await call(api, 'speakers.list', {}), ref)
        const after = await call(api, 'speakers.update', { id: sp.id, name })
        print(g(), after, () => `Renamed "${sp.name}" to "${after.name}"`)
      })
    )

  speaker
    .command('role')
    .argument('<speaker>', 'name, alias or id')
    .argument('<role>', 'e.g. "Secretary of State"; "" clears it')
    .description("set a speaker's role")
    .action((ref: string, role: string) =>
      withApi(g(), 'write', async (api) => {
        const sp = findSpeaker(await call(api, 'speakers.list', {}), ref)
        const after = await call(api, 'speakers.update', { id: sp.id, role: role.trim() || null })
        print(g(), after, () =>
          after.role ? `"${after.name}" is now "${after.role}"` : `Cleared the role of "${after.name}"`
        )
      })
    )

  speaker
    .command('merge')
    .argument('<from>', 'the speaker that goes (name, alias or id)')
    .argument('<into>', 'the speaker that stays')
    .description("move FROM's statements to INTO, keep FROM's names as INTO's aliases, delete FROM")
    .action((from: string, into: string) =>
      withApi(g(), 'write', async (api) => {
        const speakers = await call(api, 'speakers.list', {})
        const f = findSpeaker(speakers, from)
        const t = findSpeaker(speakers, into)
        const n = (await call(api, 'workspace.stats', {})).speakers[f.id] ?? 0
        const after = await call(api, 'speakers.merge', { fromId: f.id, intoId: t.id })
        print(g(), after, () => `Merged "${f.name}" into "${after.name}" (${n} statements moved)`)
      })
    )

  speaker
    .command('delete')
    .argument('<speaker>', 'name, alias or id')
    .description('delete a speaker; their statements keep no speaker')
    .action((ref: string) =>
      withApi(g(), 'write', async (api) => {
        const sp = findSpeaker(await call(api, 'speakers.list', {}), ref)
        const n = (await call(api, 'workspace.stats', {})).speakers[sp.id] ?? 0
        await call(api, 'speakers.delete', { id: sp.id })
        print(
          g(),
          { ok: true, id: sp.id, unattributed: n },
          () => `Deleted speaker "${sp.name}" (${n} statements now have no speaker)`
        )
      })
    )
}
