import type { Command } from 'commander'
import { RELATIONS, type Relation } from '../shared/domain'
import type { AnalysisFilter, Api } from '../shared/api'
import { call, findSpeaker, findTheme } from './cli-context'
import { CliError } from './cli-error'

/** The analysis filter as command-line flags (the same fields as the app's filter). */
export interface FilterFlags {
  theme?: string[]
  speaker?: string[]
  doc?: string[]
  from?: string
  to?: string
  relation?: string
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Adds --theme, --speaker, --doc (each repeatable), --from, --to and --relation to a command. */
export function addFilterFlags(cmd: Command, opts: { relation?: boolean } = {}): Command {
  const many = (v: string, prev: string[] = []) => [...prev, v]
  cmd
    .option('--theme <name...>', 'coded with any of these themes (or their sub-themes)', many)
    .option('--speaker <name...>', 'said by any of these speakers ("none" for unattributed)', many)
    .option('--doc <id...>', 'in any of these documents', many)
    .option('--from <day>', 'in documents dated from this day (YYYY-MM-DD)')
    .option('--to <day>', 'in documents dated up to this day (YYYY-MM-DD)')
  if (opts.relation !== false)
    cmd.option(
      '--relation <relation>',
      `at either end of a cross-reference of this relation (${RELATIONS.join(', ')})`
    )
  return cmd
}

/** The flags as an analysis filter: names resolved to ids; an unknown name or a bad day is a clear error. */
export async function filterFromFlags(api: Api, f: FilterFlags): Promise<AnalysisFilter> {
  const out: AnalysisFilter = {}
  const names = (list?: string[]) =>
    (list ?? [])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean)
  const themes = names(f.theme)
  if (themes.length) {
    const all = await call(api, 'themes.list', {})
    out.themeIds = themes.map((n) => findTheme(all, n).id)
  }
  const speakers = names(f.speaker)
  if (speakers.length) {
    const all = await call(api, 'speakers.list', {})
    out.speakerIds = speakers.map((n) => (n.toLowerCase() === 'none' ? 'none' : findSpeaker(all, n).id))
  }
  const docs = names(f.doc)
  if (docs.length) {
    const known = new Set((await call(api, 'documents.list', {})).map((d) => d.id))
    for (const d of docs) if (!known.has(d)) throw new CliError(`no document "${d}" (see: dossier documents)`)
    out.documentIds = docs
  }
  for (const key of ['from', 'to'] as const) {
    const v = f[key]
    if (v === undefined) continue
    if (!DAY.test(v) || Number.isNaN(Date.parse(v)))
      throw new CliError(`--${key} must be a day like 2024-05-30, not "${v}"`)
    out[key] = v
  }
  if (f.relation !== undefined) out.relation = relationFlag(f.relation)
  return out
}

export function relationFlag(v: string): Relation {
  if (!(RELATIONS as readonly string[]).includes(v))
    throw new CliError(`--relation must be one of ${RELATIONS.join(', ')}, not "${v}"`)
  return v as Relation
}
