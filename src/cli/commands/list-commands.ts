import type { Command } from 'commander'
import type { Api, StatementRow } from '../../shared/api'
import { call, findTheme, print, withApi, type GlobalOptions } from '../cli-context'
import { formatTable } from '../format-table'
import { addFilterOptions, filterFromFlags, type FilterFlags } from '../view-filter'

export async function statementJson(api: Api, rows: StatementRow[]) {
  const [speakers, themes] = await Promise.all([call(api, 'speakers.list', {}), call(api, 'themes.list', {})])
  const sp = new Map(speakers.map((s) => [s.id, s]))
  const th = new Map(themes.map((t) => [t.id, t.name]))
  return rows.map((r) => ({
    id: r.id,
    documentId: r.documentId,
    document: r.documentTitle,
    paragraph: r.paragraphIndex,
    start: r.start,
    end: r.end,
    text: r.text,
    speaker: r.speakerId ? (sp.get(r.speakerId)?.name ?? null) : null,
    speakerRole: r.speakerId ? (sp.get(r.speakerId)?.role ?? null) : null,
    attribution: r.attribution,
    themes: r.themeIds.map((t) => th.get(t) ?? t),
    codings: r.codings.map((c) => ({
      theme: th.get(c.themeId) ?? c.themeId,
      how: c.how,
      ...(c.how === 'span' ? { annotationId: c.annotationId, quote: c.quote } : {}),
      by: (c.by ?? []).map((b) => ({ coder: b.coderName, at: b.at }))
    })),
    links: r.linkCount,
    annotations: r.annotationCount
  }))
}

export function registerListCommands(program: Command, g: () => GlobalOptions): void {
  program
    .command('documents')
    .description('list documents')
    .action(() =>
      withApi(g(), 'read', async (api) => {
        const docs = await call(api, 'documents.list', {})
        print(g(), docs, () =>
          formatTable(
            ['ID', 'TITLE', 'DATE', 'STATEMENTS', 'ANNOTATIONS'],
            docs.map((d) => [d.id, d.title, d.publishedAt, d.statementCount, d.annotationCount])
          )
        )
      })
    )

  addFilterOptions(program.command('statements').description('list statements, optionally filtered'))
    .option('--query <text>', 'containing this text')
    .option('--linked', 'only statements with cross-references')
    .option('--unlinked', 'only statements without cross-references')
    .option('--limit <n>', 'at most this many', (v) => Number(v))
    .action((o: FilterFlags & { limit?: number }) =>
      withApi(g(), 'read', async (api) => {
        const filter = await filterFromFlags(api, o)
        const { items } = await call(api, 'statements.list', { ...filter, limit: o.limit ?? 100_000 })
        const rows = await statementJson(api, items)
        print(g(), rows, () =>
          formatTable(
            ['ID', 'SPEAKER', 'THEMES', 'TEXT'],
            rows.map((r) => [r.id, r.speaker, r.themes.join(', '), r.text])
          )
        )
      })
    )

  program
    .command('speakers')
    .description('list speakers with their statement counts')
    .action(() =>
      withApi(g(), 'read', async (api) => {
        const [speakers, stats] = await Promise.all([
          call(api, 'speakers.list', {}),
          call(api, 'workspace.stats', {})
        ])
        const rows = speakers.map((s) => ({ ...s, statements: stats.speakers[s.id] ?? 0 }))
        print(g(), rows, () =>
          formatTable(
            ['ID', 'NAME', 'ROLE', 'STATEMENTS'],
            rows.map((s) => [s.id, s.name, s.role, s.statements])
          )
        )
      })
    )

  program
    .command('themes')
    .description('list the codebook')
    .action(() =>
      withApi(g(), 'read', async (api) => {
        const [themes, stats] = await Promise.all([
          call(api, 'themes.list', {}),
          call(api, 'workspace.stats', {})
        ])
        const depth = (id: string | null): number =>
          id ? 1 + depth(themes.find((t) => t.id === id)?.parentId ?? null) : 0
        const ordered: typeof themes = []
        const walk = (parent: string | null) =>
          themes.filter((t) => t.parentId === parent).forEach((t) => (ordered.push(t), walk(t.id)))
        walk(null)
        const rows = ordered.map((t) => ({ ...t, tagged: stats.themes[t.id]?.total ?? 0 }))
        print(g(), rows, () =>
          formatTable(
            ['ID', 'THEME', 'COLOR', 'TAGGED', 'DESCRIPTION'],
            rows.map((t) => [t.id, '· '.repeat(depth(t.parentId)) + t.name, t.color, t.tagged, t.description])
          )
        )
      })
    )

  program
    .command('links')
    .description('list cross-references')
    .option('--statement <id>', 'only links from or to this statement')
    .action((o: { statement?: string }) =>
      withApi(g(), 'read', async (api) => {
        const links = await call(api, 'links.list', { statementId: o.statement })
        print(g(), links, () =>
          formatTable(
            ['ID', 'FROM', 'RELATION', 'TO', 'NOTE'],
            links.map((l) => [l.id, l.fromId, l.relation, l.toId, l.note])
          )
        )
      })
    )

  program
    .command('search')
    .argument('<query...>', 'words to search for')
    .description('full-text search over statements, annotation notes and notes')
    .option('--limit <n>', 'at most this many results', (v) => Number(v), 20)
    .option('--theme <name>', 'only what this theme or a sub-theme codes (whole or through a highlight)')
    .action((words: string[], o: { limit: number; theme?: string }) =>
      withApi(g(), 'read', async (api) => {
        const themeId = o.theme ? findTheme(await call(api, 'themes.list', {}), o.theme).id : undefined
        const { hits } = await call(api, 'search.query', { q: words.join(' '), limit: o.limit, themeId })
        print(g(), hits, () =>
          hits.length
            ? formatTable(
                ['KIND', 'ID', 'TEXT'],
                hits.map((h) => [h.kind, h.id, h.snippet]),
                100
              )
            : 'No matches.'
        )
      })
    )
}
