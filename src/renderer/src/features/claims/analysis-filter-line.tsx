import type { Speaker, Theme } from '../../../../shared/domain'
import type { DocumentSummary } from '../../../../shared/api'
import { appStore, drillBack, useAppState, type Filter } from '../../app/app-state'
import { ANALYSIS_TABS } from '../analysis/analysis-tabs'

interface Props {
  filter: Filter
  themes: Theme[]
  speakers: Speaker[]
  documents: DocumentSummary[]
}

const LIST_KEYS = [
  'documentIds',
  'speakerIds',
  'themeIds',
  'allThemeIds',
  'coding',
  'from',
  'to',
  'relation'
] as const

/** Whether the filter narrows by the analysis lists (set by a drill-down or a saved view). */
export function hasAnalysisFilter(f: Filter): boolean {
  return LIST_KEYS.some((k) => {
    const v = f[k]
    return Array.isArray(v) ? v.length > 0 : Boolean(v) && !(k === 'coding' && v === 'any')
  })
}

/**
 * The analysis part of the filter, in words ("Themes: Escalation risk · Speakers: Peskov · 2024-05-01 to
 * 2024-05-31"), with a way to drop it and, after a drill-down, back to the analysis view it came from.
 */
export function AnalysisFilterLine({ filter, themes, speakers, documents }: Props) {
  const drilledFrom = useAppState((s) => s.drilledFrom)
  if (!hasAnalysisFilter(filter) && !drilledFrom) return null
  const names = (ids: readonly string[] | undefined, all: { id: string; name?: string; title?: string }[]) =>
    (ids ?? []).map((id) =>
      id === 'none'
        ? 'no speaker'
        : (all.find((x) => x.id === id)?.name ?? all.find((x) => x.id === id)?.title ?? id)
    )
  const parts: string[] = []
  if (filter.themeIds?.length) parts.push(`Themes: ${names(filter.themeIds, themes).join(', ')}`)
  if (filter.allThemeIds?.length) parts.push(`Coded with ${names(filter.allThemeIds, themes).join(' and ')}`)
  if (filter.coding && filter.coding !== 'any')
    parts.push(filter.coding === 'span' ? 'coded through highlights' : 'coded as whole statements')
  if (filter.speakerIds?.length) parts.push(`Speakers: ${names(filter.speakerIds, speakers).join(', ')}`)
  if (filter.documentIds?.length) parts.push(`Documents: ${names(filter.documentIds, documents).join(', ')}`)
  if (filter.from || filter.to) parts.push(`${filter.from ?? 'any date'} to ${filter.to ?? 'any date'}`)
  if (filter.relation) parts.push(`in a “${filter.relation}” link`)
  const back = drilledFrom && ANALYSIS_TABS.find((t) => t.tab === drilledFrom.tab)
  const clear = () => {
    const next: Filter = { ...appStore.getState().filter }
    for (const k of LIST_KEYS) delete next[k]
    appStore.setState({ filter: next, drilledFrom: null })
  }
  return (
    <p className="claims-view__analysis-filter">
      {back && (
        <button type="button" className="button button--small" onClick={drillBack}>
          ← Back to {back.label}
        </button>
      )}
      {parts.length > 0 && <span>{parts.join(' · ')}</span>}
      {parts.length > 0 && (
        <button type="button" className="button button--small button--quiet" onClick={clear}>
          Clear
        </button>
      )}
    </p>
  )
}
