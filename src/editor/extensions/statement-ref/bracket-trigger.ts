import type { Trigger, SuggestionMatch } from '@tiptap/suggestion'

const OPEN = '[['
const MAX_QUERY = 80
/** Characters allowed right before `[[` (besides the start of the block). */
const PREFIX = /[\s([{"'“‘\u00a0]/

/**
 * Finds an open `[[query` right before the cursor. `textBefore` is the block's text up to the cursor.
 * The query may hold spaces but no `]`, `[` or line break; `[[` must start the block or follow a space
 * or an opening bracket or quote. Returns where `[[` starts and the query after it.
 */
export function findBracketQuery(textBefore: string): { offset: number; query: string } | null {
  const offset = textBefore.lastIndexOf(OPEN)
  if (offset < 0) return null
  // `[[[` : the trigger is the last two brackets.
  const query = textBefore.slice(offset + OPEN.length)
  if (query.length > MAX_QUERY || /[[\]\n\ufffc]/.test(query)) return null
  if (offset > 0 && !PREFIX.test(textBefore.charAt(offset - 1))) return null
  return { offset, query }
}

/** The TipTap suggestion matcher for `[[`, built on findBracketQuery. Chips count as one character. */
export function bracketSuggestionMatch(config: Trigger): SuggestionMatch {
  const $pos = config.$position
  if (!$pos.parent.isTextblock) return null
  const textBefore = $pos.parent.textBetween(0, $pos.parentOffset, undefined, '\ufffc')
  const found = findBracketQuery(textBefore)
  if (!found) return null
  const from = $pos.start() + found.offset
  return { range: { from, to: $pos.pos }, query: found.query, text: OPEN + found.query }
}
