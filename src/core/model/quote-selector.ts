import type { TextQuoteSelector } from '../../shared/domain'

export const QUOTE_CONTEXT = 32

/** The W3C TextQuoteSelector for [start, end) of `text`, with up to 32 characters of context each side. */
export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT)
  }
}
