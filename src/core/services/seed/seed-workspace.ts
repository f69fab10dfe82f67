import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { InitialWorkspace } from '../../store/workspace-store'
import { SCHEMA_VERSION } from '../../store/files'
import { newId, nowIso } from '../../model/new-id'
import { defaultCoderName } from '../../model/coders'
import { ingestText } from '../ingest/ingest-text'
import { extractLeadingDate } from '../segment/extract-leading-date'
import { starterCodebook } from './starter-codebook'

const SeedMeta = z.object({
  title: z.string(),
  source: z.object({ publisher: z.string().optional(), fileName: z.string().optional() }).strict()
})

/** The folder holding article.txt: `DOSSIER_SEED_DIR`, else `resources/seed` found upwards from this module. */
export function findSeedDir(): string {
  const env = process.env.DOSSIER_SEED_DIR
  if (env) return resolve(env)
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'resources', 'seed')
    if (existsSync(join(candidate, 'article.txt'))) return candidate
    dir = dirname(dir)
  }
  throw new Error('the seed article (resources/seed/article.txt) was not found; set DOSSIER_SEED_DIR')
}

/** A new workspace with no sources; its coder is named after the operating system's user. */
export function emptyWorkspace(name = 'My workspace'): InitialWorkspace {
  const coder = { id: newId('cd'), name: defaultCoderName() }
  return {
    workspace: {
      schemaVersion: SCHEMA_VERSION,
      meta: { id: newId('ws'), name, createdAt: nowIso() },
      coders: [coder],
      coderId: coder.id,
      themes: [],
      speakers: []
    },
    links: { schemaVersion: SCHEMA_VERSION, links: [] }
  }
}

/** A new workspace holding the seed article, segmented and attributed, with a starter codebook and no tags. */
export function seededWorkspace(seedDir = findSeedDir()): InitialWorkspace {
  const text = readFileSync(join(seedDir, 'article.txt'), 'utf8')
  const meta = SeedMeta.parse(JSON.parse(readFileSync(join(seedDir, 'article.json'), 'utf8')))
  const lead = extractLeadingDate(text)
  const { bundle, newSpeakers } = ingestText(
    { text, title: meta.title, publishedAt: lead.date, source: meta.source, bodyStart: lead.bodyStart },
    []
  )
  const initial = emptyWorkspace('Ukraine: U.S. weapons and strikes into Russia')
  initial.workspace.themes = starterCodebook()
  initial.workspace.speakers = newSpeakers
  initial.documents = [{ schemaVersion: SCHEMA_VERSION, ...bundle }]
  return initial
}
