export interface GutterStatement {
  kind: 'statement'
  id: string
  links: number
}

/** A highlight with a note; its marker selects the highlight. */
export interface GutterNote {
  kind: 'note'
  id: string
  excerpt: string
}

export type GutterItem = GutterStatement | GutterNote

/** Describes a linked statement in words, for the marker's tooltip. */
export function markerTitle(s: GutterStatement): string {
  return `${s.links} cross-reference${s.links === 1 ? '' : 's'}`
}

/**
 * The gutter beside a paragraph: one marker per linked statement, in reading order, with its link count, and one
 * per highlight with a note (themes are shown by the coding stripes). Plain DOM (a ProseMirror widget), built once per decoration rebuild; clicks reach the reader's
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
    const link = document.createElement('span')
    link.className = 'gutter__link'
    link.textContent = String(s.links)
    mark.append(link)
    gutter.append(mark)
  }
  return gutter
}
