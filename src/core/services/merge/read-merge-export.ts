import { z } from 'zod'
import { ApiError } from '../../../shared/api/errors'
import { SavedView } from '../../../shared/api/saved-views'
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, WorkspaceSnapshot } from '../../../shared/domain'

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim()

const refuse = (message: string): ApiError => new ApiError('INVALID_INPUT', oneLine(message))

/**
 * Another workspace's JSON export, read for a merge. Refused in one line: bytes that are not UTF-8 or not JSON
 * ("is damaged or truncated"), a file that is not a Dossier export, an export written by a newer Dossier (its
 * version above the one this build reads), and one that fails the export's schema (naming where).
 */
export function readMergeExport(bytes: Uint8Array, name: string): WorkspaceSnapshot {
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, ''))
  } catch (err) {
    const why = err instanceof SyntaxError ? err.message : 'not UTF-8 text'
    throw refuse(`${name} is damaged or truncated (not valid JSON: ${why}); nothing was changed`)
  }
  const head = z.object({ format: z.unknown(), version: z.unknown() }).partial().safeParse(raw)
  if (!head.success || head.data.format !== SNAPSHOT_FORMAT)
    throw refuse(`${name} is not a Dossier export (no "format": "${SNAPSHOT_FORMAT}"); nothing was changed`)
  const version = head.data.version
  if (typeof version === 'number' && Number.isInteger(version) && version > SNAPSHOT_VERSION)
    throw refuse(
      `${name} was exported by a newer version of Dossier (export version ${version}; this one reads up to ${SNAPSHOT_VERSION}); update Dossier to merge it; nothing was changed`
    )
  const parsed = WorkspaceSnapshot.safeParse(raw)
  const views = parsed.success ? z.array(SavedView).safeParse(parsed.data.views ?? []) : null
  const issue = !parsed.success
    ? parsed.error.issues[0]
    : views && !views.success
      ? views.error.issues[0]
      : null
  if (issue) {
    const path = (parsed.success ? ['views', ...issue.path] : issue.path).join('.')
    throw refuse(
      `${name} is a damaged Dossier export (${path || 'the whole file'}: ${issue.message}); nothing was changed`
    )
  }
  return parsed.data!
}
