import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { Annotation, Document, Id, IsoDateTime, Statement } from '../../shared/domain'
import { fsyncDir } from '../store/fsync-dir'
import { writeFileDurably } from '../store/durable-json-file'
import { SYNC_DIR } from './sync-state-file'

const KEPT_DIR = 'kept'

/** A document a teammate deleted, as it was here, kept because this analyst had worked in it. */
export const KeptDocument = z.strictObject({
  keptAt: IsoDateTime,
  /** The coder on this machine when it was kept: whose work it holds. */
  coderId: Id,
  deletedBy: z.string().nullable(),
  bundle: z.strictObject({
    document: Document,
    statements: z.array(Statement),
    annotations: z.array(Annotation)
  })
})
export type KeptDocument = z.infer<typeof KeptDocument>

const keptDir = (workspaceDir: string) => join(workspaceDir, SYNC_DIR, KEPT_DIR)
const keptPath = (workspaceDir: string, documentId: string) =>
  join(keptDir(workspaceDir), `${documentId}.json`)

/** Saves a kept copy crash-safely (in <workspace>/sync/kept/, which no export or backup includes). */
export async function writeKeptDocument(workspaceDir: string, kept: KeptDocument): Promise<void> {
  await mkdir(keptDir(workspaceDir), { recursive: true })
  await writeFileDurably(keptPath(workspaceDir, kept.bundle.document.id), JSON.stringify(kept))
}

export async function removeKeptDocument(workspaceDir: string, documentId: string): Promise<void> {
  await rm(keptPath(workspaceDir, documentId), { force: true })
  await fsyncDir(keptDir(workspaceDir)).catch(() => undefined)
}

/** Every kept copy; a damaged one is left on disk and named in `damaged`. */
export async function readKeptDocuments(
  workspaceDir: string
): Promise<{ kept: KeptDocument[]; damaged: string[] }> {
  let names: string[]
  try {
    names = await readdir(keptDir(workspaceDir))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kept: [], damaged: [] }
    throw err
  }
  const out = { kept: [] as KeptDocument[], damaged: [] as string[] }
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    try {
      const kept = KeptDocument.parse(JSON.parse(await readFile(join(keptDir(workspaceDir), name), 'utf8')))
      if (`${kept.bundle.document.id}.json` !== name) throw new Error('it names another document')
      out.kept.push(kept)
    } catch {
      out.damaged.push(name)
    }
  }
  return out
}
