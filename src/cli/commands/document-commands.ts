import type { Command } from 'commander'
import type { Api, DocumentDeletePreview, DocumentSummary } from '../../shared/api'
import { call, print, withApi, type GlobalOptions } from '../cli-context'
import { CliError } from '../cli-error'

const collect = (v: string, prev: string[] = []) => [...prev, v]

/** A document by id, by title (ignoring case), or by the one title containing the text; else a clear error. */
export function findDocument(documents: DocumentSummary[], ref: string): DocumentSummary {
  const byId = documents.find((d) => d.id === ref)
  if (byId) return byId
  const lower = ref.trim().toLowerCase()
  const exact = documents.filter((d) => d.title.toLowerCase() === lower)
  const found = exact.length ? exact : documents.filter((d) => d.title.toLowerCase().includes(lower))
  if (found.length === 1) return found[0]!
  if (found.length === 0) throw new CliError(`no document "${ref}" (see: dossier documents)`)
  const some = found
    .slice(0, 5)
    .map((d) => `${d.id} "${d.title}"`)
    .join(', ')
  throw new CliError(`"${ref}" matches ${found.length} documents (${some}); give its id`)
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`

export const describeDeletion = (p: DocumentDeletePreview) =>
  `${plural(p.statements, 'statement')}, ${plural(p.annotations, 'highlight')} and ${plural(p.links, 'link')}` +
  (p.notes ? ` (${plural(p.notes, 'note')} citing it keep their text)` : '')

interface SetFlags {
  title?: string
  date?: string
  author?: string[]
  publisher?: string
  url?: string
}

export function registerDocumentCommands(program: Command, g: () => GlobalOptions): void {
  const document = program.command('document').description('correct or delete a document')
  const find = async (api: Api, ref: string) => findDocument(await call(api, 'documents.list', {}), ref)

  document
    .command('set')
    .argument('<document>', 'id or title')
    .description("correct a document's details (its text is never edited); an empty value clears a field")
    .option('--title <title>')
    .option('--date <yyyy-mm-dd>', 'when it was published')
    .option('--author <name>', 'an author (repeat for several; --author "" clears them)', collect)
    .option('--publisher <name>')
    .option('--url <address>')
    .action((ref: string, o: SetFlags) =>
      withApi(g(), 'write', async (api) => {
        if (Object.values(o).every((v) => v === undefined))
          throw new CliError('nothing to change: give --title, --date, --author, --publisher or --url')
        const d = await find(api, ref)
        const after = await call(api, 'documents.update', {
          id: d.id,
          title: o.title,
          publishedAt: o.date === undefined ? undefined : o.date.trim() || null,
          authors: o.author?.map((a) => a.trim()).filter(Boolean),
          publisher: o.publisher,
          url: o.url
        })
        print(g(), after, () => `Updated "${after.title}" (${after.id})`)
      })
    )

  document
    .command('delete')
    .argument('<document>', 'id or title')
    .option('--yes', 'delete without asking (otherwise it only says what would go)')
    .description('delete a document with its statements, highlights and the links touching them')
    .action((ref: string, o: { yes?: boolean }) =>
      withApi(g(), o.yes ? 'write' : 'read', async (api) => {
        const d = await find(api, ref)
        const preview = await call(api, 'documents.deletePreview', { id: d.id })
        if (!o.yes)
          throw new CliError(
            `deleting "${d.title}" also deletes its ${describeDeletion(preview)}; run again with --yes to delete it`
          )
        await call(api, 'documents.delete', { id: d.id })
        print(
          g(),
          { ok: true, deleted: preview },
          () => `Deleted "${d.title}" and its ${describeDeletion(preview)}`
        )
      })
    )
}
