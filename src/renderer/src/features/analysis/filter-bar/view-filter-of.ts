import type { SavedViewFilter } from '../../../../../shared/api'
import type { Filter } from '../../../app/app-state'

const withOne = (list: string[] | undefined, one: string | undefined): string[] | undefined =>
  list?.length ? list : one ? [one] : undefined

/**
 * The part of the app's filter a saved view keeps: the analysis lists (a single theme, speaker or document
 * chosen in the claims bar counts as a list of one), dates, relation, coding, and the claims text and links.
 */
export function viewFilterOf(f: Filter): SavedViewFilter {
  const out: SavedViewFilter = {
    documentIds: withOne(f.documentIds, f.documentId),
    speakerIds: withOne(f.speakerIds, f.speakerId),
    themeIds: withOne(f.themeIds, f.themeId),
    coding: f.coding && f.coding !== 'any' ? f.coding : undefined,
    from: f.from,
    to: f.to,
    relation: f.relation,
    text: f.text?.trim() ? f.text : undefined,
    linked: f.linked && f.linked !== 'any' ? f.linked : undefined
  }
  for (const k of Object.keys(out) as (keyof SavedViewFilter)[]) if (out[k] === undefined) delete out[k]
  return out
}

const canonical = (f: SavedViewFilter): string => {
  const sorted = Object.entries(viewFilterOf(f)).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v])
  return JSON.stringify(sorted.sort(([a], [b]) => String(a).localeCompare(String(b))))
}

/** Whether two filters narrow the same way (list order aside). */
export const sameViewFilter = (a: SavedViewFilter, b: SavedViewFilter): boolean =>
  canonical(a) === canonical(b)

/** Whether the filter narrows at all. */
export const isEmptyViewFilter = (f: Filter): boolean => Object.keys(viewFilterOf(f)).length === 0
