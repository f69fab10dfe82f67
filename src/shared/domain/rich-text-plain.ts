import type { RichNode } from './rich-text'

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'listItem',
  'codeBlock',
  'bulletList',
  'orderedList'
])

/** The plain-text rendering of TipTap JSON: blocks separated by newlines, chips as their labels. */
export function richTextToPlain(doc: RichNode | null | undefined): string {
  if (!doc) return ''
  const out: string[] = []
  const walk = (n: RichNode): void => {
    if (n.type === 'text') out.push(n.text ?? '')
    else if (n.type === 'hardBreak') out.push('\n')
    else if (n.type === 'statementRef') out.push(String(n.attrs?.label ?? ''))
    else if (n.type === 'themeRef') out.push(`#${String(n.attrs?.label ?? '')}`)
    for (const c of n.content ?? []) walk(c)
    if (BLOCKS.has(n.type) && n.type !== 'bulletList' && n.type !== 'orderedList') out.push('\n')
  }
  walk(doc)
  return out
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The statements and themes a rich text references through its chips. */
export function collectRefs(doc: RichNode | null | undefined): {
  statementIds: string[]
  themeIds: string[]
} {
  const statementIds = new Set<string>()
  const themeIds = new Set<string>()
  const walk = (n: RichNode): void => {
    const id = n.attrs?.id
    if (typeof id === 'string') {
      if (n.type === 'statementRef') statementIds.add(id)
      if (n.type === 'themeRef') themeIds.add(id)
    }
    for (const c of n.content ?? []) walk(c)
  }
  if (doc) walk(doc)
  return { statementIds: [...statementIds], themeIds: [...themeIds] }
}
