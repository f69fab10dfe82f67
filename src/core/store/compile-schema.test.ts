import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { seededWorkspace } from '../services/seed/seed-workspace'
import { sampleDocument, sampleLinks, sampleNote, sampleWorkspace } from './testing/sample-workspace'
import { compileSchema } from './compile-schema'
import { FILE_SCHEMAS, SCHEMA_VERSION, type FileKind } from './files'

/** Valid files of every kind, with the optional and nullable fields both set and unset. */
function validFiles(): { kind: FileKind; data: unknown }[] {
  const seeded = seededWorkspace()
  const doc = sampleDocument('doc-1')
  const annotated = structuredClone(seeded.documents![0]!)
  const s = annotated.statements[0]!
  annotated.document.pages = [{ page: 1, start: 0, end: 10 }]
  annotated.document.source = { publisher: 'P', url: 'https://example.org', fileName: 'a.txt' }
  annotated.statements[1]!.attribution = { method: 'analyst', at: '2026-01-01T00:00:00.000Z' }
  annotated.annotations.push({
    id: 'an-1',
    documentId: annotated.document.id,
    start: s.start,
    end: s.end,
    quote: { exact: s.text, prefix: '', suffix: 'x' },
    themeIds: [seeded.workspace.themes[0]!.id],
    codedBy: [
      { themeId: seeded.workspace.themes[0]!.id, createdBy: 'cd-1', createdAt: '2026-01-01T00:00:00.000Z' }
    ],
    createdBy: 'cd-1',
    note: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { textAlign: null },
          content: [
            { type: 'text', text: 'Why ', marks: [{ type: 'bold' }] },
            { type: 'statementRef', attrs: { id: s.id, label: 'q' } }
          ]
        }
      ]
    },
    notePlain: 'Why “q”',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00+02:00'
  })
  return [
    { kind: 'workspace', data: seeded.workspace },
    { kind: 'workspace', data: sampleWorkspace() },
    { kind: 'links', data: sampleLinks(3) },
    { kind: 'speakers', data: { schemaVersion: SCHEMA_VERSION, speakers: seeded.workspace.speakers } },
    { kind: 'document', data: doc },
    { kind: 'document', data: annotated },
    { kind: 'note', data: sampleNote('n-1') }
  ]
}

/** Every path to a value inside `v` (objects and arrays), root excluded. */
function paths(
  v: unknown,
  at: (string | number)[] = [],
  out: (string | number)[][] = []
): (string | number)[][] {
  if (v && typeof v === 'object')
    for (const [k, child] of Object.entries(v)) {
      const p = [...at, Array.isArray(v) ? Number(k) : k]
      out.push(p)
      paths(child, p, out)
    }
  return out
}

const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  Number.NaN,
  Infinity,
  2 ** 60,
  '',
  ' padded ',
  'has space',
  'x'.repeat(81),
  'x'.repeat(100_001),
  '2026-13-45',
  '2026-01-01T00:00:00Z',
  '#12345g',
  true,
  [],
  [1],
  {},
  { type: 'doc' },
  { type: 'paragraph' }
]

type Mutation = { path: number; kind: 'replace' | 'delete' | 'extra'; value: number }

function mutate(data: unknown, m: Mutation): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>
  const all = paths(copy)
  if (all.length === 0) return copy
  const path = all[m.path % all.length]!
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, copy)
  const key = path.at(-1)!
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete parent[key]
  } else if (m.kind === 'extra') {
    const target = parent[key]
    if (target && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, unknown>).unexpected = 1
    else parent[key] = REPLACEMENTS[m.value % REPLACEMENTS.length]
  } else parent[key] = REPLACEMENTS[m.value % REPLACEMENTS.length]
  return copy
}

describe('compileSchema', () => {
  it('accepts every valid file of every kind (so the fast path is taken)', () => {
    for (const { kind, data } of validFiles()) {
      expect(FILE_SCHEMAS[kind].safeParse(data).success, kind).toBe(true)
      expect(compileSchema(FILE_SCHEMAS[kind])(data), kind).toBe(true)
    }
  })

  it('never accepts what zod rejects or would change (random mutations of valid files)', () => {
    const files = validFiles()
    const checks = Object.fromEntries(
      Object.entries(FILE_SCHEMAS).map(([k, s]) => [k, compileSchema(s as z.ZodType)])
    )
    fc.assert(
      fc.property(
        fc.nat(files.length - 1),
        fc.array(
          fc.record({
            path: fc.nat(),
            kind: fc.constantFrom('replace' as const, 'delete' as const, 'extra' as const),
            value: fc.nat()
          }),
          { minLength: 1, maxLength: 3 }
        ),
        (i, mutations) => {
          const { kind, data } = files[i]!
          const mutated = mutations.reduce((d, m) => mutate(d, m), data)
          if (!checks[kind]!(mutated)) return true
          const parsed = FILE_SCHEMAS[kind].safeParse(mutated)
          return parsed.success && isDeepStrictEqual(parsed.data, mutated)
        }
      ),
      { numRuns: 3000, seed: 20260115 }
    )
  })

  it('refuses rich text nested too deep without recursing into it', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'x' }
    for (let i = 0; i < 20_000; i++) node = { type: 'paragraph', content: [node] }
    const note = {
      id: 'n-1',
      title: 'Deep',
      content: { type: 'doc', content: [node] },
      plain: '',
      statementIds: [],
      themeIds: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z'
    }
    expect(compileSchema(FILE_SCHEMAS.note)({ schemaVersion: SCHEMA_VERSION, note })).toBe(false)
  })

  it('refuses values zod would transform, and schemas it does not model', () => {
    const trimmed = compileSchema(z.object({ name: z.string().trim().min(1) }).strict())
    expect(trimmed({ name: 'ok' })).toBe(true)
    expect(trimmed({ name: ' padded ' })).toBe(false)
    const stripping = compileSchema(z.object({ a: z.number() }))
    expect(stripping({ a: 1 })).toBe(true)
    expect(stripping({ a: 1, b: 2 })).toBe(false)
    expect(compileSchema(z.string().transform((s) => s.length))('x')).toBe(false)
    expect(compileSchema(z.number().default(1))(1)).toBe(false)
    const refined = compileSchema(z.object({ s: z.number(), e: z.number() }).refine((r) => r.e >= r.s))
    expect(refined({ s: 1, e: 2 })).toBe(true)
    expect(refined({ s: 2, e: 1 })).toBe(false)
  })
})
