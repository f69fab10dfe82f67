import type { MergeSummary } from '../shared/api/merge'

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
const work = (w: { codings: number; annotations: number; links: number; notes: number }) =>
  [
    plural(w.codings, 'coding'),
    plural(w.annotations, 'highlight'),
    plural(w.links, 'link'),
    plural(w.notes, 'note')
  ].join(', ')

/** A merge's summary as the lines `dossier merge` prints: what comes in, from whom, and what conflicts. */
export function mergeSummaryText(m: MergeSummary): string {
  const out: string[] = []
  const what = m.kind === 'qdpx' ? 'REFI-QDA project' : 'Dossier workspace'
  out.push(`${m.applied ? 'Merged' : 'Merging'} ${m.fileName} (${what} “${m.from}”)`)
  const d = m.documents
  out.push(
    `Documents: ${d.matched.length} matched` +
      (d.added.length ? `, ${d.added.length} added` : '') +
      (d.refused.length ? `, ${d.refused.length} not in this workspace` : '')
  )
  for (const x of d.added) out.push(`  + ${x.title}`)
  for (const x of d.refused) out.push(`  ? ${x.title}`)
  if (m.coders.length === 0) out.push('Nothing new comes in.')
  else out.push('Coming in:')
  for (const c of m.coders) out.push(`  ${c.name}${c.isNew ? ' (new coder)' : ''}: ${work(c)}`)
  const already = m.alreadyHere
  if (Object.values(already).some((n) => n > 0)) out.push(`Already here (left as is): ${work(already)}`)
  out.push(`Themes: ${m.themes.matched.length} matched, ${m.themes.added.length} added`)
  for (const t of m.themes.matched.filter((x) => x.by === 'name'))
    out.push(`  = ${t.theirPath} → ${t.path} (same name, another place)`)
  for (const t of m.themes.added) out.push(`  + ${t.path}`)
  if (m.themes.added.length > 0)
    out.push('  (map an added theme onto one of yours with: dossier theme merge ADDED YOURS)')
  if (m.speakersAdded.length > 0) out.push(`Speakers added: ${m.speakersAdded.join(', ')}`)
  if (m.conflicts.length > 0) out.push('Conflicts:')
  for (const c of m.conflicts) out.push(`  ! ${c}`)
  for (const r of m.remarks) out.push(`Note: ${r}`)
  return out.join('\n')
}
