import type { WorkspaceSnapshot } from '../../../shared/domain'
import { resolveExportView, type ExportScope } from '../export/export-view'
import { qdaCodes } from './qda-codes'
import { renderXml } from './xml-writer'

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0'

/** Thrown when there is nothing to put in a codebook: QDA-XML requires at least one Code. */
export class EmptyCodebookError extends Error {
  override name = 'EmptyCodebookError'
  constructor() {
    super('The codebook is empty: there are no themes to export.')
  }
}

/**
 * The codebook alone as a REFI-QDA `.qdc` (QDA-XML 1.0, namespace urn:QDA-XML:codebook:1.0): the in-scope themes
 * as nested Codes with stable GUIDs (the same as in a `.qdpx` of the same workspace).
 */
export function exportQdc(snapshot: WorkspaceSnapshot, scope?: ExportScope): string {
  const codes = qdaCodes(resolveExportView(snapshot, scope))
  if (codes.length === 0) throw new EmptyCodebookError()
  return renderXml({
    name: 'CodeBook',
    attrs: { xmlns: QDC_NAMESPACE, origin: 'Dossier' },
    children: [{ name: 'Codes', children: codes }]
  })
}
