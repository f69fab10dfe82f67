import { ApiError } from '../../../shared/api/errors'
import { themeCodingProblem, type WorkspaceSnapshot } from '../../../shared/domain'
import { contentHash } from '../ingest/content-hash'

/**
 * What the export's schema cannot say about another workspace's documents, checked before any of it is matched:
 * each text has the hash it claims (documents are matched by it), and every statement and highlight belongs to
 * its document and lies inside its text. A failure is refused in one line naming the document.
 */
export function checkIncoming(snap: WorkspaceSnapshot, name: string): void {
  const fail = (title: string, what: string): never => {
    throw new ApiError(
      'INVALID_INPUT',
      `${name} is damaged: document “${title}” ${what}; nothing was changed`
    )
  }
  const docIds = new Set<string>()
  for (const { document: d, statements, annotations } of snap.documents) {
    if (docIds.has(d.id)) fail(d.title, `appears twice (id ${d.id})`)
    docIds.add(d.id)
    if (contentHash(d.text) !== d.contentHash)
      fail(d.title, 'has a text that does not match its content hash')
    for (const [kind, list] of [
      ['statement', statements],
      ['highlight', annotations]
    ] as const)
      for (const e of list) {
        if (e.documentId !== d.id) fail(d.title, `holds ${kind} ${e.id} of another document`)
        if (e.start > e.end || e.end > d.text.length) fail(d.title, `has ${kind} ${e.id} outside its text`)
        const problem = themeCodingProblem(e)
        if (problem) fail(d.title, `has ${kind} ${e.id} whose ${problem}`)
      }
  }
}
