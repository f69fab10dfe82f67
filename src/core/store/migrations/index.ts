import { SCHEMA_VERSION, type FileKind } from '../files'
import { themeOrder } from './001-theme-order'
import { coders } from './002-coders'

/** What a migration may need to know about the workspace a file belongs to. */
export interface MigrationContext {
  /** The workspace's id (from workspace.json), or null when it could not be read. */
  workspaceId: string | null
}

/** One step of the on-disk format: reads files of schema `from` and returns them as schema `to` (= from + 1). */
export interface Migration {
  name: string
  from: number
  to: number
  /** Returns the migrated file (a new object; `raw` is not modified). Must also bump schemaVersion. */
  apply(kind: FileKind, raw: Record<string, unknown>, context: MigrationContext): Record<string, unknown>
}

/** Every migration, oldest first. The last one's `to` is SCHEMA_VERSION. */
export const MIGRATIONS: readonly Migration[] = [themeOrder, coders]

/** The file was written by a newer Dossier, which may store things this build does not know about. */
export class NewerSchemaError extends Error {
  constructor(readonly schemaVersion: number) {
    super(`written by a newer version of Dossier (schema ${schemaVersion})`)
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Brings a freshly parsed file up to SCHEMA_VERSION. Returns the data and the version it was written with.
 * Anything that is not an object with a positive integer `schemaVersion` is returned untouched, for the schema
 * to reject. Throws NewerSchemaError for files from a newer Dossier.
 */
export function migrate(
  kind: FileKind,
  raw: unknown,
  context: MigrationContext = { workspaceId: null }
): { data: unknown; fromVersion: number } {
  if (!isRecord(raw)) return { data: raw, fromVersion: SCHEMA_VERSION }
  const version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { data: raw, fromVersion: SCHEMA_VERSION }
  }
  if (version > SCHEMA_VERSION) throw new NewerSchemaError(version)
  let data = raw
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v)
    if (!step) throw new Error(`no migration from schema ${v}`)
    data = step.apply(kind, data, context)
  }
  return { data, fromVersion: version }
}
