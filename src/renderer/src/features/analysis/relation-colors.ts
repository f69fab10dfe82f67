import { RELATIONS, type Relation } from '../../../../shared/domain'

/** A link's colour is the CSS variable `--rel-<relation>` (light and dark in graph.css); contradicts is also dashed. */
export const relationVar = (r: Relation): string => `--rel-${r}`
export const RELATION_DASH: Record<Relation, 'solid' | 'dashed' | 'dotted'> = {
  supports: 'solid',
  contradicts: 'dashed',
  elaborates: 'solid',
  'responds-to': 'solid',
  'same-claim': 'dotted'
}

/** The colours as they are now (the theme follows the system), read from the page. */
export function relationColors(el: Element = document.documentElement): Record<Relation, string> {
  const style = getComputedStyle(el)
  return Object.fromEntries(
    RELATIONS.map((r) => [r, style.getPropertyValue(relationVar(r)).trim() || '#888888'])
  ) as Record<Relation, string>
}
