import type { RichDoc } from '../../shared/domain'

/** A note body of one paragraph per text. */
export const paragraphs = (...texts: string[]): RichDoc => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }))
})
