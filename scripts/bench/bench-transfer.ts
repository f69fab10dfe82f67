import type { CoreService } from '../../src/core/core-service'
import type { ExportResult, ImportResult } from '../../src/shared/api'
import { segmentText } from '../../src/core/services/segment/segment-text'
import { makeText, seedVocabulary } from './corpus-text'
import { withinFactor, type Measurement } from './measurement'
import { Prng } from './prng'
import { summarize, timed } from './stats'

const kb = (n: number) => Math.round(n / 1024)

/** Budget of the Markdown report: within this factor of the json export of the same workspace, in the same run. */
export const MARKDOWN_OVER_JSON = 3

/**
 * Export of the whole workspace (markdown, json) through dispatch, taking turns in each round. json's baseline:
 * JSON.stringify of every file's data; markdown's: the json export.
 */
export async function benchExport(
  core: CoreService,
  files: readonly unknown[],
  reps: number
): Promise<Record<string, Measurement>> {
  const base: number[] = []
  for (let r = 0; r < reps; r++)
    base.push(await timed(() => files.reduce((n: number, f) => n + JSON.stringify(f).length, 0)))
  const formats = ['json', 'markdown'] as const
  const t = { json: [] as number[], markdown: [] as number[] }
  const size = { json: 0, markdown: 0 }
  for (let r = 0; r < reps; r++)
    for (const format of r % 2 === 0 ? formats : [...formats].reverse())
      t[format].push(
        await timed(async () => {
          const res = (await core.dispatch('export.run', { format })) as ExportResult
          size[format] = res.files.reduce((n, f) => n + ('text' in f && f.text ? f.text.length : 0), 0)
        })
      )
  const what = (format: keyof typeof t) =>
    `export.run ${format} of the whole workspace (${kb(size[format]).toLocaleString('en-US')} KB)`
  const json = summarize(t.json)
  const markdown = summarize(t.markdown)
  return {
    'export.markdown': withinFactor(
      {
        what: `${what('markdown')}: ${(markdown.p50 / json.p50).toFixed(2)}× the json export`,
        unit: 'ms',
        ...markdown,
        baseline: { what: 'export.run json of the same workspace, in the same rounds', ...json }
      },
      MARKDOWN_OVER_JSON,
      'p50'
    ),
    'export.json': {
      what: what('json'),
      unit: 'ms',
      ...json,
      baseline: { what: 'JSON.stringify of every file of the workspace', ...summarize(base) }
    }
  }
}

/** A plain-text article of about `bytes` bytes in the seed article's vocabulary, attributed sentences included. */
export function makeArticle(bytes: number, seed: number): string {
  const rng = new Prng(seed)
  const g = makeText(rng, seedVocabulary(), Math.ceil(bytes / 125), [
    'Blinken',
    'Stoltenberg',
    'Peskov',
    'Sullivan'
  ])
  return g.text.slice(0, bytes)
}

/**
 * Import of a text article of `bytes` (reading, segmentation, attribution and the durable save, through dispatch
 * and the import sandbox's worker, warmed by one import first); baseline: decoding and segmenting the same text.
 */
export async function benchImport(
  core: CoreService,
  reps: number,
  bytes = 1024 * 1024
): Promise<Measurement> {
  const t: number[] = []
  const base: number[] = []
  let statements = 0
  await core.dispatch('import.file', {
    fileName: 'warm-up.txt',
    base64: Buffer.from(makeArticle(512, 99), 'utf8').toString('base64')
  })
  for (let r = 0; r < reps; r++) {
    const text = makeArticle(bytes, 100 + r + bytes)
    const encoded = Buffer.from(text, 'utf8')
    const base64 = encoded.toString('base64')
    let result: ImportResult | undefined
    t.push(
      await timed(async () => {
        result = (await core.dispatch('import.file', {
          fileName: `article-${bytes}-${r}.txt`,
          base64
        })) as ImportResult
      })
    )
    statements = result!.imported[0]!.statements
    base.push(await timed(() => segmentText(new TextDecoder().decode(encoded))))
  }
  const size = bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${kb(bytes)} KB`
  return {
    what: `import.file of a ${size} text article, to a saved document (${statements.toLocaleString('en-US')} statements)`,
    unit: 'ms',
    ...summarize(t),
    baseline: { what: 'decode and segment the same text (segmentText)', ...summarize(base) }
  }
}
