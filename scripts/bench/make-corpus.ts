// Builds a reproducible benchmark workspace through the real store format (WorkspaceStore.create), without the
// NLP ingest: text is generated sentence by sentence from the seed article's vocabulary, so statements sit at
// exact sentence offsets. Run: npm run bench:corpus -- --docs 1000 [--out DIR] [--seed N] [--force]
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Link, Statement } from '../../src/shared/domain'
import { LINKS_FILE_LIMIT } from '../../src/core/model/link-files'
import { SPEAKERS_IN_WORKSPACE_LIMIT } from '../../src/core/model/speaker-files'
import { SCHEMA_VERSION, type DocumentFile, type FileKey } from '../../src/core/store/files'
import { linkShardKey } from '../../src/core/store/link-shard'
import { WorkspaceStore } from '../../src/core/store/workspace-store'
import {
  addAnnotations,
  makeDocument,
  makeLinks,
  makeNote,
  makeSpeakers,
  makeThemes
} from './corpus-entities'
import { seedVocabulary } from './corpus-text'
import { Prng } from './prng'

export const MANIFEST = 'bench-manifest.json'
/** Bumped when the generator changes what it writes, so an old corpus on disk is rebuilt. */
export const GENERATOR_VERSION = 3

export interface CorpusOptions {
  docs: number
  out: string
  seed?: number
  /** Totals; by default per 1,000 documents: 20,000 annotations, 5,000 links, 500 notes, 300 speakers. */
  annotations?: number
  links?: number
  notes?: number
  speakers?: number
  /** The long document the reader benchmark opens: words and highlights (50,000 and 2,000 from 100 docs up). */
  longWords?: number
  longHighlights?: number
  onProgress?: (message: string) => void
}

export interface CorpusManifest {
  generator: number
  seed: number
  docs: number
  documents: number
  statements: number
  annotations: number
  links: number
  notes: number
  speakers: number
  themes: number
  longDocumentId: string
  longDocumentWords: number
  longDocumentHighlights: number
  bytes: number
  generatedMs: number
}

export const defaultCorpusDir = (docs: number): string => resolve('bench-out', `corpus-${docs}`)

/** The manifest of a complete corpus in `dir` made with these settings, or null. */
export async function readManifest(dir: string): Promise<CorpusManifest | null> {
  try {
    const m = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as CorpusManifest
    return m.generator === GENERATOR_VERSION ? m : null
  } catch {
    return null
  }
}

export async function makeCorpus(opts: CorpusOptions): Promise<CorpusManifest> {
  const t0 = performance.now()
  const seed = opts.seed ?? 1
  const rng = new Prng(seed)
  const scale = opts.docs / 1000
  const total = {
    annotations: opts.annotations ?? Math.round(20_000 * scale),
    links: opts.links ?? Math.round(5_000 * scale),
    notes: opts.notes ?? Math.max(2, Math.round(500 * scale)),
    speakers: opts.speakers ?? Math.max(8, Math.round(300 * scale))
  }
  const longWords = opts.longWords ?? (opts.docs >= 100 ? 50_000 : 2_000)
  const longHighlights = Math.min(total.annotations, opts.longHighlights ?? (opts.docs >= 100 ? 2_000 : 40))
  const vocabulary = seedVocabulary()
  const themes = makeThemes(rng, vocabulary)
  const speakers = makeSpeakers(rng, total.speakers)
  const at = '2025-02-01T12:00:00.000Z'
  const progress = opts.onProgress ?? (() => {})

  const documents: DocumentFile[] = []
  const day0 = Date.UTC(2023, 0, 1)
  for (let i = 0; i < opts.docs; i++) {
    const count = Math.max(20, Math.min(250, Math.round(100 + 25 * rng.normal())))
    const publishedAt = new Date(day0 + rng.int(0, 900) * 86_400_000).toISOString().slice(0, 10)
    documents.push(
      makeDocument(rng, vocabulary, { index: i, statements: count, publishedAt }, speakers, themes)
    )
    if ((i + 1) % 1000 === 0) progress(`${i + 1} documents`)
  }
  // About 21 words per sentence: the long document has longWords / 21 statements.
  const long = makeDocument(
    rng,
    vocabulary,
    {
      index: opts.docs,
      statements: Math.max(20, Math.round(longWords / 21)),
      publishedAt: '2024-05-30',
      title: `Hearing transcript (${longWords.toLocaleString('en-US')} words)`
    },
    speakers,
    themes
  )
  documents.push(long)
  addAnnotations(rng, vocabulary, long, longHighlights, themes, at)
  const rest = total.annotations - longHighlights
  const perDoc = new Array<number>(opts.docs).fill(0)
  for (let i = 0; i < rest; i++) perDoc[rng.int(0, opts.docs - 1)]!++
  documents.slice(0, opts.docs).forEach((d, i) => addAnnotations(rng, vocabulary, d, perDoc[i]!, themes, at))

  const pickStatement = (): Statement => {
    const d = documents[rng.int(0, opts.docs - 1)]!
    return d.statements[rng.int(0, d.statements.length - 1)]!
  }
  const links = makeLinks(rng, vocabulary, pickStatement, total.links, at)
  const notes = Array.from({ length: total.notes }, () =>
    makeNote(rng, vocabulary, pickStatement, themes, at)
  )

  const out = resolve(opts.out)
  if (existsSync(out)) await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  progress('writing')
  const store = await WorkspaceStore.create(out, {
    workspace: {
      schemaVersion: SCHEMA_VERSION,
      meta: {
        id: rng.id('ws'),
        name: `Benchmark corpus (${opts.docs} documents, seed ${seed})`,
        createdAt: at
      },
      themes,
      speakers: speakers.length > SPEAKERS_IN_WORKSPACE_LIMIT ? [] : speakers
    },
    links: { schemaVersion: SCHEMA_VERSION, links: links.length > LINKS_FILE_LIMIT ? [] : links },
    documents,
    notes: notes.map((note) => ({ schemaVersion: SCHEMA_VERSION, note }))
  })
  // Where the app keeps them in a workspace this size: the cast in speakers.json, links in shards by id.
  if (speakers.length > SPEAKERS_IN_WORKSPACE_LIMIT)
    await store.commit([{ file: 'speakers.json', data: { schemaVersion: SCHEMA_VERSION, speakers } }])
  if (links.length > LINKS_FILE_LIMIT) {
    const shards = new Map<string, Link[]>()
    for (const l of links) shards.set(linkShardKey(l.id), [...(shards.get(linkShardKey(l.id)) ?? []), l])
    await store.commit(
      [...shards].map(([file, list]) => ({
        file: file as FileKey,
        data: { schemaVersion: SCHEMA_VERSION, links: list }
      }))
    )
  }
  await store.close()

  const statements = documents.reduce((n, d) => n + d.statements.length, 0)
  const bytes = documents.reduce((n, d) => n + JSON.stringify(d).length, 0) + JSON.stringify(links).length
  const manifest: CorpusManifest = {
    generator: GENERATOR_VERSION,
    seed,
    docs: opts.docs,
    documents: documents.length,
    statements,
    annotations: documents.reduce((n, d) => n + d.annotations.length, 0),
    links: links.length,
    notes: notes.length,
    speakers: speakers.length,
    themes: themes.length,
    longDocumentId: long.document.id,
    longDocumentWords: long.document.text.split(/\s+/).length,
    longDocumentHighlights: long.annotations.length,
    bytes,
    generatedMs: Math.round(performance.now() - t0)
  }
  // Written last: a corpus without its manifest is incomplete and is rebuilt.
  await writeFile(join(out, MANIFEST), JSON.stringify(manifest, null, 2) + '\n')
  return manifest
}

/** Returns the corpus for these settings, building it when it is missing, incomplete or from another seed. */
export async function ensureCorpus(opts: CorpusOptions & { force?: boolean }): Promise<CorpusManifest> {
  const existing = opts.force ? null : await readManifest(opts.out)
  if (existing && existing.docs === opts.docs && existing.seed === (opts.seed ?? 1)) return existing
  return makeCorpus(opts)
}

function parseArgs(argv: string[]): CorpusOptions & { force: boolean } {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const num = (name: string): number | undefined => {
    const v = get(name)
    if (v === undefined) return undefined
    const n = Number(v)
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not "${v}"`)
    return n
  }
  const docs = num('docs') ?? 1000
  if (docs < 1) throw new Error('--docs must be at least 1')
  return {
    docs,
    out: get('out') ?? defaultCorpusDir(docs),
    seed: num('seed'),
    annotations: num('annotations'),
    links: num('links'),
    notes: num('notes'),
    speakers: num('speakers'),
    longWords: num('long-words'),
    longHighlights: num('long-highlights'),
    force: argv.includes('--force')
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const opts = parseArgs(process.argv.slice(2))
  const m = await makeCorpus({ ...opts, onProgress: (msg) => process.stderr.write(`  ${msg}\n`) })
  process.stdout.write(JSON.stringify({ dir: resolve(opts.out), ...m }, null, 2) + '\n')
}
