/** Test helper (not shipped): one digest of everything an export wrote, zips compared by their entries. */
import { createHash } from 'node:crypto'
import { strFromU8, unzipSync } from 'fflate'
import type { ExportResult } from '../index'

/**
 * SHA-256 (first 16 hex digits) over the result's name, media type and files; a zip (qdpx, docx) counts by its
 * entries, so its timestamps do not. A Word file's parts are taken without what docx makes anew on each run:
 * the times in docProps/core.xml, the random ids of hyperlinks' relationships and the process-wide numbering of
 * bookmarks (renumbered from 1 in order).
 */
export function exportDigest(result: ExportResult): string {
  const hash = createHash('sha256').update(`${result.suggestedName}\n${result.mediaType}\n`)
  for (const [path, content] of result.files) {
    hash.update(`${path}\n`)
    if (typeof content === 'string') hash.update(content)
    else
      for (const [entry, bytes] of Object.entries(unzipSync(content)).sort(([a], [b]) => a.localeCompare(b)))
        hash
          .update(`${entry}\n`)
          .update(path.endsWith('.docx') ? stableDocxPart(entry, strFromU8(bytes)) : bytes)
  }
  return hash.digest('hex').slice(0, 16)
}

function stableDocxPart(entry: string, xml: string): string {
  if (entry === 'docProps/core.xml') return xml.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T')
  const bookmarks = new Map<string, number>()
  return xml
    .replace(/"rId[\w-]{21}"/g, '"rId"')
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*? w:id=")(\d+)"/g, (_, lead: string, id: string) => {
      if (!bookmarks.has(id)) bookmarks.set(id, bookmarks.size + 1)
      return `${lead}${bookmarks.get(id)}"`
    })
}
