import { createHash } from 'node:crypto'

/** The sha256 of a document's text: how a re-import of the same source is recognised. */
export const contentHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')
