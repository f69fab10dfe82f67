/** The share of an element's text (whitespace aside) that is link text: near 1 for a menu or a list of links. */
export function linkTextShare(el: Element): number {
  const length = (node: Node): number => (node.textContent ?? '').replace(/\s+/g, '').length
  const total = length(el)
  if (total === 0) return 0
  let linked = 0
  for (const a of Array.from(el.querySelectorAll('a'))) linked += length(a)
  return linked / total
}
