import type { Command } from 'commander'
import type { Relation } from '../../shared/domain'
import { RELATIONS } from '../../shared/domain/relation-names'
import { plainTextToRichDoc } from '../../shared/domain/rich-text-plain'
import { call, findTheme, print, withApi, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'

const collect = (v: string, prev: string[] = []) => [...prev, v]

export function registerEditCommands(program: Command, g: () => GlobalOptions): void {
  const theme = program.command('theme').description('edit the codebook')
  theme
    .command('add')
    .argument('<name>')
    .option('--parent <name>', 'nest under this theme')
    .option('--color <hex>', 'colour like #1f77b4')
    .option('--description <text>', 'the definition analysts code against')
    .action((name: string, o: { parent?: string; color?: string; description?: string }) =>
      withApi(g(), 'write', async (api) => {
        const parentId = o.parent ? findTheme(await call(api, 'themes.list', {}), o.parent).id : undefined
        const t = await call(api, 'themes.create', {
          name,
          parentId,
          color: o.color,
          description: o.description
        })
        print(g(), t, () => `Added theme "${t.name}" (${t.id})`)
      })
    )
  theme
    .command('merge')
    .argument('<from>')
    .argument('<into>')
    .description('move every tag of FROM to INTO, then delete FROM')
    .action((from: string, into: string) =>
      withApi(g(), 'write', async (api) => {
        const themes = await call(api, 'themes.list', {})
        const f = findTheme(themes, from)
        const t = await call(api, 'themes.merge', { fromId: f.id, intoId: findTheme(themes, into).id })
        print(g(), t, () => `Merged "${f.name}" into "${t.name}"`)
      })
    )
  theme
    .command('rename')
    .argument('<theme>')
    .argument('<new-name>')
    .action((ref: string, name: string) =>
      withApi(g(), 'write', async (api) => {
        const t = await call(api, 'themes.update', {
          id: findTheme(await call(api, 'themes.list', {}), ref).id,
          name
        })
        print(g(), t, () => `Renamed to "${t.name}"`)
      })
    )
  theme
    .command('delete')
    .argument('<theme>')
    .action((ref: string) =>
      withApi(g(), 'write', async (api) => {
        const t = findTheme(await call(api, 'themes.list', {}), ref)
        await call(api, 'themes.delete', { id: t.id })
        print(g(), { ok: true }, () => `Deleted theme "${t.name}"`)
      })
    )

  for (const [name, op] of [
    ['tag', 'statements.tag'],
    ['untag', 'statements.untag']
  ] as const)
    program
      .command(name)
      .argument('<statement-id>')
      .argument('<themes...>')
      .description(`${name} a statement with one or more themes (by name)`)
      .action((statementId: string, refs: string[]) =>
        withApi(g(), 'write', async (api) => {
          const themes = await call(api, 'themes.list', {})
          const r = await call(api, op, {
            statementIds: [statementId],
            themeIds: refs.map((x) => findTheme(themes, x).id)
          })
          print(g(), r, () =>
            r.changed ? `${name === 'tag' ? 'Tagged' : 'Untagged'} ${statementId}` : 'Nothing to change.'
          )
        })
      )

  program
    .command('speaker')
    .description('change attributions')
    .command('set')
    .argument('<statement-id>')
    .argument('<name>', 'an existing speaker (name or alias) or a new one; "none" clears')
    .action((statementId: string, name: string) =>
      withApi(g(), 'write', async (api) => {
        const input =
          name.toLowerCase() === 'none'
            ? { statementId, speakerId: null }
            : { statementId, speakerName: name }
        const row = await call(api, 'statements.setSpeaker', input)
        print(g(), row, () => `Speaker of ${statementId} set to ${row.speakerId ? name : 'none'}`)
      })
    )

  program
    .command('annotate')
    .argument('<statement-id>')
    .requiredOption('--note <text>', 'the annotation note')
    .option('--quote <exact>', 'annotate only this exact substring of the statement')
    .option('--theme <name>', 'tag the annotation (repeatable)', collect)
    .action((statementId: string, o: { note: string; quote?: string; theme?: string[] }) =>
      withApi(g(), 'write', async (api) => {
        const { statement } = await call(api, 'statements.get', { id: statementId })
        let start = statement.start
        let end = statement.end
        if (o.quote !== undefined) {
          const at = statement.text.indexOf(o.quote)
          if (!o.quote || at < 0)
            throw new CliError(`--quote "${o.quote}" is not part of statement ${statementId}`)
          start += at
          end = start + o.quote.length
        }
        const themes = o.theme?.length ? await call(api, 'themes.list', {}) : []
        const a = await call(api, 'annotations.create', {
          documentId: statement.documentId,
          start,
          end,
          note: plainTextToRichDoc(o.note),
          themeIds: (o.theme ?? []).map((x) => findTheme(themes, x).id)
        })
        print(g(), a, () => `Annotated ${statementId} (${a.id}): “${a.quote.exact}”`)
      })
    )

  program
    .command('link')
    .argument('<from-id>')
    .argument('<to-id>')
    .requiredOption('--relation <rel>', RELATIONS.join(' | '))
    .option('--note <text>')
    .action((fromId: string, toId: string, o: { relation: string; note?: string }) =>
      withApi(g(), 'write', async (api) => {
        if (!RELATIONS.includes(o.relation as Relation))
          throw new CliError(`--relation must be one of ${RELATIONS.join(', ')} (got "${o.relation}")`)
        const l = await call(api, 'links.create', {
          fromId,
          toId,
          relation: o.relation as Relation,
          note: o.note
        })
        print(g(), l, () => `Linked ${fromId} —${l.relation}→ ${toId} (${l.id})`)
      })
    )
}
