import type { Command } from 'commander'
import type { AnalysisFilter, Api, SavedViewFilter, SavedViewRow } from '../shared/api'
import type { Relation } from '../shared/domain'
import { RELATIONS } from '../shared/domain/relation-names'
import { call, findSpeaker, findTheme } from './cli-context'
import { CliError } from './cli-error'

/** The filter flags a command may take; every one is optional, the lists repeat (`--theme A --theme B`). */
export interface FilterFlags {
  view?: string
  theme?: string[]
  speaker?: string[]
  doc?: string[]
  from?: string
  to?: string
  relation?: string
  coding?: string
  /** statements only: text and cross-references. */
  query?: string
  linked?: boolean
  unlinked?: boolean
}

const collect = (value: string, previous: string[] = []) => [...previous, value]

/** Adds --view and the analysis filter flags (the same in every command that narrows statements). */
export function addFilterOptions(command: Command): Command {
  return command
    .option(
      '--view <name>',
      'start from this saved view (see: dossier views); other flags replace its fields'
    )
    .option('--theme <name>', 'coded with this theme or a sub-theme (repeat for any of several)', collect)
    .option('--speaker <name>', 'said by this speaker, "none" for unattributed (repeatable)', collect)
    .option('--doc <id>', 'in this document (repeatable)', collect)
    .option('--from <date>', 'in documents dated from this day (YYYY-MM-DD)')
    .option('--to <date>', 'in documents dated up to this day (YYYY-MM-DD)')
    .option('--relation <relation>', `at either end of a cross-reference: ${RELATIONS.join(' | ')}`)
    .option('--coding <how>', 'how the themes code a statement: any | statement | span')
}

/** A saved view by name (ignoring case) or id, or a clear error naming it and listing the saved views. */
export async function findView(api: Api, name: string): Promise<SavedViewRow> {
  const views = await call(api, 'views.list', {})
  const wanted = name.trim().toLocaleLowerCase()
  const view = views.find((v) => v.id === name || v.name.toLocaleLowerCase() === wanted)
  if (!view) {
    const known = views.map((v) => `"${v.name}"`).join(', ')
    throw new CliError(
      `no saved view "${name}" (${known ? `saved views: ${known}` : 'no views are saved yet; save one with: dossier views save NAME --theme …'})`
    )
  }
  for (const note of view.dropped) process.stderr.write(`note: view "${view.name}": ${note}; left out\n`)
  return view
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The statements filter the flags ask for: the saved view's (--view), with each field given by a flag
 * replacing the view's. Theme and speaker names are resolved (case-insensitive); bad values are one-line errors.
 */
export async function filterFromFlags(api: Api, flags: FilterFlags): Promise<SavedViewFilter> {
  const filter: SavedViewFilter = flags.view ? { ...(await findView(api, flags.view)).filter } : {}
  if (flags.theme?.length) {
    const themes = await call(api, 'themes.list', {})
    filter.themeIds = flags.theme.map((name) => findTheme(themes, name).id)
  }
  if (flags.speaker?.length) {
    const speakers = await call(api, 'speakers.list', {})
    filter.speakerIds = flags.speaker.map((name) =>
      name.trim().toLowerCase() === 'none' ? 'none' : findSpeaker(speakers, name).id
    )
  }
  if (flags.doc?.length) {
    const docs = new Set((await call(api, 'documents.list', {})).map((d) => d.id))
    for (const id of flags.doc)
      if (!docs.has(id)) throw new CliError(`no document "${id}" (see: dossier documents)`)
    filter.documentIds = flags.doc
  }
  for (const key of ['from', 'to'] as const) {
    const day = flags[key]
    if (day === undefined) continue
    if (!DAY.test(day) || Number.isNaN(Date.parse(day)))
      throw new CliError(`--${key} must be a day like 2024-05-30 (got "${day}")`)
    filter[key] = day
  }
  if (filter.from && filter.to && filter.from > filter.to)
    throw new CliError(`--from ${filter.from} is after --to ${filter.to}`)
  if (flags.relation !== undefined) {
    if (!(RELATIONS as readonly string[]).includes(flags.relation))
      throw new CliError(`--relation must be one of ${RELATIONS.join(', ')} (got "${flags.relation}")`)
    filter.relation = flags.relation as Relation
  }
  if (flags.coding !== undefined) {
    if (!['any', 'statement', 'span'].includes(flags.coding))
      throw new CliError(`--coding must be any, statement or span (got "${flags.coding}")`)
    filter.coding = flags.coding as SavedViewFilter['coding']
  }
  if (flags.query !== undefined) filter.text = flags.query
  if (flags.linked && flags.unlinked) throw new CliError('give --linked or --unlinked, not both')
  if (flags.linked) filter.linked = 'linked'
  if (flags.unlinked) filter.linked = 'unlinked'
  return filter
}

/** The analysis part of the flags' filter (the analysis views do not narrow by text or cross-references). */
export async function analysisFilterFromFlags(api: Api, flags: FilterFlags): Promise<AnalysisFilter> {
  const { text, linked, ...analysis } = await filterFromFlags(api, flags)
  if (text !== undefined || linked !== undefined)
    process.stderr.write(
      'note: the text and cross-reference parts of the filter do not apply here; left out\n'
    )
  return analysis
}

/** A filter in words, e.g. `themes Escalation risk, Nuclear (on spans) · from 2024-01-01`; "all statements". */
export async function describeFilter(api: Api, f: SavedViewFilter): Promise<string> {
  const [themes, speakers, docs] = await Promise.all([
    f.themeIds?.length ? call(api, 'themes.list', {}) : [],
    f.speakerIds?.length ? call(api, 'speakers.list', {}) : [],
    f.documentIds?.length ? call(api, 'documents.list', {}) : []
  ])
  const nameOf = (list: { id: string; name?: string; title?: string }[], id: string) => {
    const x = list.find((e) => e.id === id)
    return x?.name ?? x?.title ?? id
  }
  const parts: string[] = []
  const coding = f.coding === 'statement' ? ' (whole statements)' : f.coding === 'span' ? ' (highlights)' : ''
  if (f.themeIds?.length)
    parts.push(`themes ${f.themeIds.map((id) => nameOf(themes, id)).join(', ')}${coding}`)
  if (f.speakerIds?.length)
    parts.push(
      `speakers ${f.speakerIds.map((id) => (id === 'none' ? 'no speaker' : nameOf(speakers, id))).join(', ')}`
    )
  if (f.documentIds?.length)
    parts.push(
      f.documentIds.length > 3
        ? `${f.documentIds.length} documents`
        : `documents ${f.documentIds.map((id) => nameOf(docs, id)).join(', ')}`
    )
  if (f.from && f.to) parts.push(`dated ${f.from} to ${f.to}`)
  else if (f.from) parts.push(`dated from ${f.from}`)
  else if (f.to) parts.push(`dated up to ${f.to}`)
  if (f.relation) parts.push(`in a "${f.relation}" cross-reference`)
  if (f.text) parts.push(`containing "${f.text}"`)
  if (f.linked === 'linked') parts.push('with cross-references')
  if (f.linked === 'unlinked') parts.push('without cross-references')
  return parts.length ? parts.join(' · ') : 'all statements'
}
