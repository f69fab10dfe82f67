import { useMemo } from 'react'
import type { DocumentSummary } from '../../../../../shared/api'
import { RELATIONS, type Relation, type Speaker, type Theme } from '../../../../../shared/domain'
import { useQuery } from '../../../api/use-query'
import { appStore, useAppState, type Filter } from '../../../app/app-state'
import { Combobox } from '../../../app/ui/combobox'
import type { ComboOption } from '../../../app/ui/rank-options'
import { themeTree } from '../../claims/theme-options'
import { SavedViewPicker } from './saved-view-picker'
import { isEmptyViewFilter } from './view-filter-of'
import './filter-bar.css'

type ListKey = 'documentIds' | 'speakerIds' | 'themeIds'

const setFilter = (patch: Partial<Filter>): void =>
  appStore.setState((s) => {
    const next: Filter = { ...s.filter, ...patch }
    for (const k of Object.keys(next) as (keyof Filter)[]) {
      const v = next[k]
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete next[k]
    }
    if (next.coding === 'any') delete next.coding
    return { filter: next }
  })

const addTo = (key: ListKey, id: string) => {
  const list = appStore.getState().filter[key] ?? []
  if (!list.includes(id)) setFilter({ [key]: [...list, id] })
}
const removeFrom = (key: ListKey, id: string) =>
  setFilter({ [key]: (appStore.getState().filter[key] ?? []).filter((x) => x !== id) })

const countFormat = new Intl.NumberFormat('en')
const NONE = { themes: [] as Theme[], speakers: [] as Speaker[], documents: [] as DocumentSummary[] }

/**
 * The filter of every analysis tab (and of the claims view: they share it): documents, speakers and themes
 * (any of each), how the themes code, a date range and a relation; the count of statements it keeps; saved views.
 */
export function AnalysisFilterBar() {
  const filter = useAppState((s) => s.filter)
  const themes = useQuery('themes.list', {}).data ?? NONE.themes
  const speakers = useQuery('speakers.list', {}).data ?? NONE.speakers
  const documents = useQuery('documents.list', {}).data ?? NONE.documents
  const count = useQuery('statements.list', { ...filter, limit: 1 })

  const options = useMemo(() => {
    const tree = themeTree(themes)
    const byId = new Map(themes.map((t) => [t.id, t]))
    const pathOf = (id: string | null): string[] => {
      const t = id ? byId.get(id) : undefined
      return t ? [...pathOf(t.parentId), t.name] : []
    }
    const theme: ComboOption[] = tree.map(({ theme: t }) => ({
      id: t.id,
      label: t.name,
      color: t.color,
      hint: t.parentId ? pathOf(t.parentId).join(' › ') : undefined
    }))
    const speaker: ComboOption[] = [
      { id: 'none', label: 'No speaker' },
      ...[...speakers]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((s) => ({ id: s.id, label: s.name, aliases: s.aliases, hint: s.role ?? undefined }))
    ]
    const document: ComboOption[] = documents.map((d) => ({
      id: d.id,
      label: d.title,
      hint: d.publishedAt?.slice(0, 10)
    }))
    return { theme, speaker, document }
  }, [themes, speakers, documents])

  const label = (key: ListKey, id: string): string => {
    const list =
      key === 'themeIds' ? options.theme : key === 'speakerIds' ? options.speaker : options.document
    return list.find((o) => o.id === id)?.label ?? id
  }
  const chips: { key: keyof Filter; id: string; text: string; color?: string }[] = []
  for (const [key, kind] of [
    ['documentIds', 'Document'],
    ['speakerIds', 'Speaker'],
    ['themeIds', 'Theme']
  ] as const)
    for (const id of filter[key] ?? [])
      chips.push({
        key,
        id,
        text: `${kind}: ${label(key, id)}`,
        color: key === 'themeIds' ? themes.find((t) => t.id === id)?.color : undefined
      })
  // The claims bar's own choices narrow the same statements: shown here too, so the count adds up.
  if (filter.documentId)
    chips.push({ key: 'documentId', id: '', text: `Document: ${label('documentIds', filter.documentId)}` })
  if (filter.speakerId)
    chips.push({ key: 'speakerId', id: '', text: `Speaker: ${label('speakerIds', filter.speakerId)}` })
  if (filter.themeId)
    chips.push({
      key: 'themeId',
      id: '',
      text: `Theme: ${label('themeIds', filter.themeId)}`,
      color: themes.find((t) => t.id === filter.themeId)?.color
    })
  if (filter.text?.trim()) chips.push({ key: 'text', id: '', text: `Text: “${filter.text.trim()}”` })
  if (filter.linked && filter.linked !== 'any')
    chips.push({ key: 'linked', id: '', text: filter.linked === 'linked' ? 'Has links' : 'No links' })
  const remove = (key: keyof Filter, id: string) =>
    key === 'documentIds' || key === 'speakerIds' || key === 'themeIds'
      ? removeFrom(key, id)
      : setFilter({ [key]: undefined })
  const unpicked = (list: ComboOption[], key: ListKey) => list.filter((o) => !filter[key]?.includes(o.id))
  const total = count.data?.total

  return (
    <div className="filter-bar" role="search" aria-label="Analysis filter">
      <div className="filter-bar__row">
        <Combobox
          className="filter-bar__pick"
          label="Add a document to the filter"
          placeholder="Documents…"
          options={unpicked(options.document, 'documentIds')}
          onPick={(o) => addTo('documentIds', o.id)}
        />
        <Combobox
          className="filter-bar__pick"
          label="Add a speaker to the filter"
          placeholder="Speakers…"
          options={unpicked(options.speaker, 'speakerIds')}
          onPick={(o) => addTo('speakerIds', o.id)}
        />
        <Combobox
          className="filter-bar__pick"
          label="Add a theme to the filter (with its sub-themes)"
          placeholder="Themes…"
          options={unpicked(options.theme, 'themeIds')}
          onPick={(o) => addTo('themeIds', o.id)}
        />
        <label className="filter-bar__field">
          <span className="visually-hidden">How themes code a statement</span>
          <select
            className="input"
            value={filter.coding ?? 'any'}
            onChange={(e) => setFilter({ coding: e.target.value as Filter['coding'] })}
          >
            <option value="any">Any coding</option>
            <option value="statement">Whole statement</option>
            <option value="span">Highlight (span)</option>
          </select>
        </label>
        <div className="filter-bar__dates">
          <label className="filter-bar__field filter-bar__date">
            <span>From</span>
            <input
              className="input"
              type="date"
              value={filter.from ?? ''}
              max={filter.to}
              onChange={(e) => setFilter({ from: e.target.value || undefined })}
            />
          </label>
          <label className="filter-bar__field filter-bar__date">
            <span>To</span>
            <input
              className="input"
              type="date"
              value={filter.to ?? ''}
              min={filter.from}
              onChange={(e) => setFilter({ to: e.target.value || undefined })}
            />
          </label>
        </div>
        <label className="filter-bar__field">
          <span className="visually-hidden">Relation</span>
          <select
            className="input"
            value={filter.relation ?? ''}
            onChange={(e) => setFilter({ relation: (e.target.value || undefined) as Relation | undefined })}
          >
            <option value="">Any relation</option>
            {RELATIONS.map((r) => (
              <option key={r} value={r}>
                Link: {r}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="filter-bar__row filter-bar__row--second">
        {chips.length > 0 && (
          <ul className="filter-bar__chips" aria-label="Chosen documents, speakers and themes">
            {chips.map((c) => (
              <li
                key={`${c.key}:${c.id}`}
                className="chip"
                style={{ ['--chip' as string]: c.color ?? 'var(--accent)' }}
              >
                <span className="chip__label">{c.text}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${c.text}`}
                  onClick={() => remove(c.key, c.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <p className="filter-bar__count" aria-live="polite">
          {total === undefined
            ? '…'
            : `${countFormat.format(total)} ${total === 1 ? 'statement' : 'statements'}`}
        </p>
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={isEmptyViewFilter(filter)}
          onClick={() => appStore.setState({ filter: {}, drilledFrom: null })}
        >
          Clear
        </button>
        <SavedViewPicker manage />
      </div>
    </div>
  )
}
