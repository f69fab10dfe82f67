import type { z } from 'zod'
import {
  FILE_SCHEMAS,
  SCHEMA_VERSION,
  parseFileKey,
  type AnyFileData,
  type FileKey,
  type FileKind
} from './files'
import { compileSchema, type FastCheck } from './compile-schema'
import { migrate, type MigrationContext } from './migrations'

export type FileCheck =
  | { ok: true; key: FileKey; kind: FileKind; id: string | null; data: AnyFileData; fromVersion: number }
  | { ok: false; reason: string }

/** A short, user-readable summary of a zod error: `path: message` for the first `max` issues. */
export function summarizeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const message = issue.message.replace(/^Invalid input: /, '')
    return issue.path.length > 0 ? `${issue.path.join('.')}: ${message}` : message
  })
  const more = error.issues.length - max
  return parts.join('; ') + (more > 0 ? ` (and ${more} more)` : '')
}

/**
 * Checks the parsed JSON of workspace file `file`: migrates it when `migrate` is set (files read from disk; the
 * context tells a migration which workspace the file belongs to),
 * validates it against the schema of its kind and checks that a document or note file holds the id in its name.
 * The returned data is the value itself when it passes unchanged (the common case, checked by a compiled
 * validator: see compileSchema), else the schema's output.
 */
export function checkFileData(
  file: string,
  raw: unknown,
  opts: { migrate: boolean; context?: MigrationContext }
): FileCheck {
  const key = parseFileKey(file)
  if (!key) return { ok: false, reason: 'not a workspace file name' }
  let data = raw
  let fromVersion = SCHEMA_VERSION
  if (opts.migrate) {
    try {
      ;({ data, fromVersion } = migrate(key.kind, raw, opts.context))
    } catch (err) {
      return { ok: false, reason: err instanceof Error ? err.message : String(err) }
    }
  }
  let value: AnyFileData
  if (fastCheck(key.kind)(data)) value = data as AnyFileData
  else {
    const result = FILE_SCHEMAS[key.kind].safeParse(data)
    if (!result.success) return { ok: false, reason: `invalid: ${summarizeIssues(result.error)}` }
    value = result.data as AnyFileData
  }
  const innerId = 'document' in value ? value.document.id : 'note' in value ? value.note.id : null
  if (key.id !== null && key.kind !== 'links' && innerId !== key.id) {
    const field = key.kind === 'document' ? 'document.id' : 'note.id'
    return { ok: false, reason: `invalid: ${field}: "${innerId}" does not match the file name` }
  }
  return { ok: true, key: key.key, kind: key.kind, id: key.id, data: value, fromVersion }
}

const fastChecks = new Map<FileKind, FastCheck>()

function fastCheck(kind: FileKind): FastCheck {
  let check = fastChecks.get(kind)
  if (!check) fastChecks.set(kind, (check = compileSchema(FILE_SCHEMAS[kind])))
  return check
}
