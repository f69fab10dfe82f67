/** Characters (UTF-16 units) of context kept on each side of a quote, as Dossier's own selectors do. */
export const QUOTE_CONTEXT = 32

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/**
 * The W3C TextQuoteSelector context around `text[start, end)`: up to `QUOTE_CONTEXT` units before and after,
 * never cutting a surrogate pair in half.
 */
export function textQuoteContext(
  text: string,
  start: number,
  end: number,
  size = QUOTE_CONTEXT
): { prefix: string; suffix: string } {
  let from = Math.max(0, start - size)
  if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from++
  let to = Math.min(text.length, end + size)
  if (to < text.length && isLow(text.charCodeAt(to)) && isHigh(text.charCodeAt(to - 1))) to--
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) }
}
