import type { Core } from 'cytoscape'
import type { Relation } from '../../../../../shared/domain'
import { RELATION_DASH } from '../relation-colors'

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
const n = (x: number) => Math.round(x * 10) / 10

export interface SvgColors {
  background: string
  text: string
  node: string
  group: string
  groupBorder: string
  relations: Record<Relation, string>
}

/** The graph as drawn (positions from the layout) in plain SVG: groups, links with arrowheads, statements, labels. */
export function graphToSvg(cy: Core, colors: SvgColors): string {
  const box = cy.elements().boundingBox({})
  const pad = 20
  const w = Math.ceil(box.w + 2 * pad)
  const h = Math.ceil(box.h + 2 * pad)
  const x = (v: number) => n(v - box.x1 + pad)
  const y = (v: number) => n(v - box.y1 + pad)
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="system-ui, sans-serif">`,
    `<rect width="100%" height="100%" fill="${colors.background}"/>`,
    '<defs>'
  ]
  for (const [rel, color] of Object.entries(colors.relations))
    out.push(
      `<marker id="arrow-${rel}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${color}"/></marker>`
    )
  out.push('</defs>')
  cy.nodes(':parent').forEach((g) => {
    const b = g.boundingBox({})
    out.push(
      `<g><rect x="${x(b.x1)}" y="${y(b.y1)}" width="${n(b.w)}" height="${n(b.h)}" rx="8" fill="${colors.group}" stroke="${colors.groupBorder}"/>` +
        `<text x="${x(b.x1) + 8}" y="${y(b.y1) + 14}" font-size="12" font-weight="600" fill="${colors.text}">${esc(String(g.data('label') ?? ''))}</text></g>`
    )
  })
  cy.edges().forEach((e) => {
    const s = e.sourceEndpoint()
    const t = e.targetEndpoint()
    const rel = e.data('relation') as Relation
    const dash =
      RELATION_DASH[rel] === 'dashed'
        ? ' stroke-dasharray="6 4"'
        : RELATION_DASH[rel] === 'dotted'
          ? ' stroke-dasharray="2 3"'
          : ''
    out.push(
      `<line x1="${x(s.x)}" y1="${y(s.y)}" x2="${x(t.x)}" y2="${y(t.y)}" stroke="${colors.relations[rel]}" stroke-width="1.5"${dash} marker-end="url(#arrow-${rel})"><title>${esc(rel)}</title></line>`
    )
  })
  cy.nodes('.group-label').forEach((g) => {
    const p = g.position()
    out.push(
      `<text x="${x(p.x)}" y="${y(p.y) + 4}" font-size="13" font-weight="600" fill="${colors.text}">${esc(String(g.data('label') ?? ''))}</text>`
    )
  })
  cy.nodes(':childless[documentId]').forEach((v) => {
    const p = v.position()
    const r = n(v.width() / 2)
    out.push(
      `<g><circle cx="${x(p.x)}" cy="${y(p.y)}" r="${r}" fill="${colors.node}"><title>${esc(String(v.data('full') ?? v.data('label') ?? ''))}</title></circle>` +
        `<text x="${x(p.x)}" y="${n(y(p.y) + r + 11)}" font-size="9" text-anchor="middle" fill="${colors.text}">${esc(String(v.data('label') ?? '').slice(0, 40))}</text></g>`
    )
  })
  out.push('</svg>')
  return out.join('\n')
}
