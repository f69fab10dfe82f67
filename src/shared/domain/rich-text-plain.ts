import type { RichDoc, RichNode } from './rich-text'

/** How a statement or theme reference chip reads as plain text (the editor's nodes use the same). */
export const statementRefText = (label: string): string => `“${label}”`
export const themeRefText = (label: string): string => `#${label}`

const labelOf = (n: RichNode): string => String(n.attrs?.label ?? n.attrs?.id ?? '')

function inlineText(n: RichNode): string {
  switch (n.type) {
    case 'text':
      return n.text ?? ''
    case 'hardBreak':
      return '\n'
    case 'statementRef':
      return statementRefText(labelOf(n))
    case 'themeRef':
      return themeRefText(labelOf(n))
    default:
      return (n.content ?? []).map(inlineText).join('')
  }
}

const isTextBlock = (n: RichNode): boolean =>
  n.type === 'paragraph' || n.type === 'heading' || n.type === 'codeBlock'

function blockText(n: RichNode): string {
  if (isTextBlock(n)) return inlineText(n)
  const children = n.content ?? []
  switch (n.type) {
    case 'bulletList':
      return children.map((li) => indentItem('- ', blockText(li))).join('\n')
    case 'orderedList': {
      const start = typeof n.attrs?.start === 'number' ? n.attrs.start : 1
      return children.map((li, i) => indentItem(`${start + i}. `, blockText(li))).join('\n')
    }
    case 'blockquote':
      return children
        .map(blockText)
        .join('\n')
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')
    case 'listItem':
      return children.map(blockText).join('\n')
    case 'horizontalRule':
      return '---'
    default:
      return children.some(isBlockish) ? children.map(blockText).join('\n') : inlineText(n)
  }
}

const isBlockish = (n: RichNode): boolean =>
  isTextBlock(n) || ['bulletList', 'orderedList', 'blockquote', 'listItem', 'horizontalRule'].includes(n.type)

function indentItem(marker: string, text: string): string {
  const pad = ' '.repeat(marker.length)
  return text
    .split('\n')
    .map((l, i) => (i === 0 ? marker + l : pad + l))
    .join('\n')
}

/** Plain-text rendering of a note or annotation body: blocks separated by blank lines, chips as their labels. */
export function richTextToPlain(doc: RichDoc | null | undefined): string {
  if (!doc) return ''
  return (doc.content ?? [])
    .map(blockText)
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The distinct statement and theme ids a document references, in order of first appearance. */
export function collectRefs(doc: RichDoc | null | undefined): { statementIds: string[]; themeIds: string[] } {
  const statements = new Set<string>()
  const themes = new Set<string>()
  const visit = (n: RichNode): void => {
    const id = n.attrs?.id
    if (typeof id === 'string' && id) {
      if (n.type === 'statementRef') statements.add(id)
      else if (n.type === 'themeRef') themes.add(id)
    }
    for (const c of n.content ?? []) visit(c)
  }
  if (doc) visit(doc)
  return { statementIds: [...statements], themeIds: [...themes] }
}

/** Plain text as rich text: a paragraph per block of text between blank lines. */
export const plainTextToRichDoc = (text: string): RichDoc => {
  const blocks = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim())
  return {
    type: 'doc',
    content: blocks.map((p) =>
      p ? { type: 'paragraph', content: [{ type: 'text', text: p }] } : { type: 'paragraph' }
    )
  }
}
