/**
 * Test helper (not shipped): runs the W3C Web Annotation test suite's MUST assertions (JSON Schema draft-04,
 * from test-fixtures/w3c) with ajv-draft-04 + ajv-formats, following test-fixtures/w3c/README.md:
 * definitions are added first; assertion files lose their `id` (several do not match their file name); keywords
 * beside a `$ref` are stripped, as draft-04 ignores them and Ajv 8 would apply them. The suite does not restrict
 * motivation or purpose values, so `validateW3cAnnotation` checks those against the model's list itself.
 */
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const W3C_FIXTURES = fileURLToPath(new URL('../../../../../test-fixtures/w3c/', import.meta.url))

/** The motivations and purposes of the Web Annotation model, section 3.3.5. */
export const W3C_MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging'
]

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type Validate = ((data: unknown) => boolean) & { errors?: unknown }

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json

/** Draft-04 semantics: a schema with `$ref` is only that reference (its `definitions` stay reachable). */
function stripRefSiblings(node: Json): Json {
  if (Array.isArray(node)) return node.map(stripRefSiblings)
  if (node === null || typeof node !== 'object') return node
  const out: { [k: string]: Json } = {}
  const keep = '$ref' in node ? new Set(['$ref', 'definitions', 'id', '$schema']) : null
  for (const [k, v] of Object.entries(node)) if (!keep || keep.has(k)) out[k] = stripRefSiblings(v)
  return out
}

export interface MustAssertion {
  file: string
  title: string
  validate: Validate
}

export function loadMustAssertions(): MustAssertion[] {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  const defs = join(W3C_FIXTURES, 'definitions')
  for (const f of readdirSync(defs)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    ajv.addSchema(stripRefSiblings(readJson(join(defs, f))) as object)
  }
  const list = readJson(join(W3C_FIXTURES, 'annotations/annotationMusts.test')) as { assertions: string[] }
  return list.assertions.map((file) => {
    const schema = stripRefSiblings(readJson(join(W3C_FIXTURES, file))) as { [k: string]: Json }
    delete schema['id']
    return { file, title: String(schema['title'] ?? file), validate: ajv.compile(schema) as Validate }
  })
}

const values = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/** The names of the MUST assertions an annotation fails, plus any motivation or purpose outside the model's list. */
export function w3cFailures(annotation: unknown, musts: MustAssertion[]): string[] {
  const failures = musts.filter((m) => !m.validate(annotation)).map((m) => m.file)
  const a = annotation as { motivation?: unknown; body?: unknown }
  for (const m of values(a.motivation))
    if (!W3C_MOTIVATIONS.includes(m as string)) failures.push(`motivation ${String(m)}`)
  for (const b of values(a.body)) {
    const purpose = typeof b === 'object' && b !== null ? (b as { purpose?: unknown }).purpose : undefined
    for (const p of values(purpose))
      if (!W3C_MOTIVATIONS.includes(p as string)) failures.push(`purpose ${String(p)}`)
  }
  return failures
}

export interface Sample {
  name: string
  /** Parsed strictly; undefined when the file is not JSON. */
  json: unknown
  /** Parsed after dropping trailing commas (many incorrect samples have them); undefined if still not JSON. */
  lenient: unknown
}

export function readSamples(kind: 'correct' | 'incorrect'): Sample[] {
  const dir = join(W3C_FIXTURES, 'samples', kind)
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown
    } catch {
      return undefined
    }
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8')
      return { name, json: parse(text), lenient: parse(text.replace(/,(\s*[}\]])/g, '$1')) }
    })
}
