import type { WorkspaceSnapshot } from '../../../shared/domain'
import {
  resolveExportView,
  resolveExportViewInSlices,
  type ExportScope,
  type ExportView
} from '../export/export-view'
import type { SliceControl } from '../export/run-in-slices'
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
  return codebook(resolveExportView(snapshot, scope))
}

/** The same codebook, its workspace view made with turns for other work (it is written at once, as one step). */
export async function exportQdcInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope | undefined,
  ctl: SliceControl = {}
): Promise<string> {
  ctl.onProgress?.(0, 1)
  const text = codebook(await resolveExportViewInSlices(snapshot, scope, ctl))
  ctl.onProgress?.(1, 1)
  return text
}

function codebook(view: ExportView): string {
  const codes = qdaCodes(view)
  if (codes.length === 0) throw new EmptyCodebookError()
  return renderXml({
    name: 'CodeBook',
    attrs: { xmlns: QDC_NAMESPACE, origin: 'Dossier' },
    children: [{ name: 'Codes', children: codes }]
  })
}
