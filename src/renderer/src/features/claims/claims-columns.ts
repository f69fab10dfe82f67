import type { StatementFilter } from '../../../../shared/api'

export type SortKey = NonNullable<StatementFilter['sort']>

export interface Column {
  id: 'text' | 'speaker' | 'themes' | 'document' | 'date' | 'links' | 'annotations'
  label: string
  /** A shorter heading for narrow columns; `label` stays the accessible name. */
  short?: string
  /** The server sort key, when the column can be sorted. */
  sort?: SortKey
  numeric?: boolean
}

export const COLUMNS: Column[] = [
  { id: 'text', label: 'Statement', sort: 'text' },
  { id: 'speaker', label: 'Speaker', sort: 'speaker' },
  { id: 'themes', label: 'Themes', sort: 'themes' },
  { id: 'document', label: 'Document', sort: 'document' },
  { id: 'date', label: 'Date', sort: 'date' },
  { id: 'links', label: 'Links', sort: 'links', numeric: true },
  { id: 'annotations', label: 'Annotations', short: 'Annot.', sort: 'annotations', numeric: true }
]

export interface SortState {
  key: SortKey
  descending: boolean
}
export const DEFAULT_SORT: SortState = { key: 'position', descending: false }

/** Header click: ascending, then descending, then back to document order. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, descending: false }
  if (!current.descending) return { key, descending: true }
  return DEFAULT_SORT
}

export function ariaSort(
  current: SortState,
  column: Column
): 'ascending' | 'descending' | 'none' | undefined {
  if (!column.sort) return undefined
  if (current.key !== column.sort) return 'none'
  return current.descending ? 'descending' : 'ascending'
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' })

/** Statements share their document's date: each is formatted once. */
const formatted = new Map<string, string>()
const MAX_FORMATTED = 10_000

/** `2024-06-14` or an ISO timestamp → a short local date; '' for null or garbage. */
export function formatDate(iso: string | null): string {
  if (!iso) return ''
  let text = formatted.get(iso)
  if (text === undefined) {
    const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso)
    text = Number.isNaN(d.getTime()) ? '' : dateFormat.format(d)
    if (formatted.size >= MAX_FORMATTED) formatted.clear()
    formatted.set(iso, text)
  }
  return text
}
