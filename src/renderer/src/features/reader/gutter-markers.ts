import type { ThemeLook } from './reader-decorations'

export interface GutterStatement {
  kind: 'statement'
  id: string
  themes: ThemeLook[]
  links: number
}

/** A highlight with a note; its marker selects the highlight. */
export interface GutterNote {
  kind: 'note'
  id: string
  excerpt: string
}

export type GutterItem = GutterStatement | GutterNote

const MAX_DOTS = 3

/** Describes a marked statement in words, for the marker's tooltip. */
export function markerTitle(s: GutterStatement): string {
  const parts: string[] = []
  if (s.themes.length) parts.push(`Tagged ${s.themes.map((t) => t.name).join(', ')}`)
  if (s.links) parts.push(`${s.links} cross-reference${s.links === 1 ? '' : 's'}`)
  return parts.join(' · ')
}

/**
 * The gutter beside a paragraph: one marker per tagged or linked statement, in reading order — theme colour dots and
 * a link count — and one per highlight with a note. Plain DOM (a ProseMirror widget), built once per decoration rebuild; clicks reach the reader's
 * handler through data-statement-id.
 */
export function gutterMarkers(items: readonly GutterItem[]): HTMLElement {
  const gutter = document.createElement('span')
  gutter.className = 'gutter'
  gutter.contentEditable = 'false'
  gutter.setAttribute('aria-hidden', 'true')
  for (const s of items) {
    if (s.kind === 'note') {
      const note = document.createElement('span')
      note.className = 'gutter__mark gutter__note'
      note.dataset.annotationId = s.id
      note.title = `Note: ${s.excerpt}`
      gutter.append(note)
      continue
    }
    const mark = document.createElement('span')
    mark.className = 'gutter__mark'
    mark.dataset.statementId = s.id
    mark.title = markerTitle(s)
    for (const t of s.themes.slice(0, MAX_DOTS)) {
      const dot = document.createElement('span')
      dot.className = 'gutter__dot'
      dot.style.setProperty('--swatch', t.color)
      mark.append(dot)
    }
    if (s.themes.length > MAX_DOTS) {
      const more = document.createElement('span')
      more.className = 'gutter__more'
      more.textContent = `+${s.themes.length - MAX_DOTS}`
      mark.append(more)
    }
    if (s.links) {
      const link = document.createElement('span')
      link.className = 'gutter__link'
      link.textContent = String(s.links)
      mark.append(link)
    }
    gutter.append(mark)
  }
  return gutter
}
