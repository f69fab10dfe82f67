import fc from 'fast-check'
import type { z } from 'zod'
import { Id, Name } from '../../shared/domain'

/** The parts of zod 4's schema internals the generator reads to know what each field accepts. */
interface SchemaLike {
  _zod: {
    def: {
      type: string
      innerType?: SchemaLike
      shape?: Record<string, SchemaLike>
      element?: SchemaLike
      in?: SchemaLike
      checks?: { _zod: { def: { check: string; maximum?: number } } }[]
    }
  }
  maxLength?: number | null
  minLength?: number | null
  isInt?: boolean
  minValue?: number | null
  maxValue?: number | null
}

export interface Malformed {
  input: unknown
  /** What was broken, for the failure message. */
  why: string
}

/** Nested `depth` levels deep, built without recursion. */
export function deeplyNested(depth: number): unknown {
  let node: Record<string, unknown> = { type: 'text', text: 'x' }
  for (let i = 0; i < depth; i++) node = { type: 'paragraph', content: [node] }
  return { type: 'doc', content: [node] }
}

const HUGE = 1_000_000

function unwrap(schema: SchemaLike): { inner: SchemaLike; optional: boolean; nullable: boolean } {
  let inner = schema
  let optional = false
  let nullable = false
  for (;;) {
    const { type, innerType } = inner._zod.def
    if (type === 'optional' || type === 'default') optional = true
    else if (type === 'nullable') nullable = true
    else return { inner, optional, nullable }
    inner = innerType!
  }
}

const maxItems = (s: SchemaLike) =>
  s._zod.def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum

/** Values the field can never accept, whatever else the input holds. */
function wrongValues(field: SchemaLike): fc.Arbitrary<{ value: unknown; why: string }> {
  const { inner, nullable } = unwrap(field)
  const type = inner._zod.def.type
  const v = (value: unknown, why: string) => fc.constant({ value, why })
  const common = [v({ nested: true }, 'an object'), v(Number.NaN, 'NaN')]
  if (!nullable) common.push(v(null, 'null'))
  const options: fc.Arbitrary<{ value: unknown; why: string }>[] = [...common]
  if (type === 'string' || type === 'enum' || type === 'union' || type === 'literal') {
    options.push(
      v(42, 'a number'),
      v(true, 'a boolean'),
      v(['x'], 'an array'),
      v(Number.POSITIVE_INFINITY, 'Infinity')
    )
    if (inner.maxLength !== undefined && inner.maxLength !== null && inner.maxLength < HUGE)
      options.push(v('x'.repeat(inner.maxLength + 1), `a string over the limit (${inner.maxLength})`))
    if (inner === (Id as unknown as SchemaLike) || type === 'union')
      options.push(
        v('../../etc/passwd', 'a path as id'),
        v('a'.repeat(81), 'an over-long id'),
        v('', 'an empty id')
      )
    if (inner === (Name as unknown as SchemaLike))
      options.push(v('   ', 'a blank name'), v('x'.repeat(201), 'a long name'))
    if (type === 'enum') options.push(v('__proto__', 'a value outside the enum'))
  } else if (type === 'number') {
    options.push(
      v('1', 'a numeric string'),
      v(Number.POSITIVE_INFINITY, 'Infinity'),
      v(Number.NEGATIVE_INFINITY, '-Infinity'),
      v([1], 'an array')
    )
    if (inner.isInt) options.push(v(1.5, 'a fraction'))
    if (typeof inner.minValue === 'number' && Number.isFinite(inner.minValue))
      options.push(v(inner.minValue - 1, 'below the minimum'))
    if (typeof inner.maxValue === 'number' && Number.isFinite(inner.maxValue) && inner.maxValue < 1e15)
      options.push(v(inner.maxValue + 1, 'above the maximum'))
  } else if (type === 'boolean') {
    options.push(v('true', 'a string'), v(1, 'a number'))
  } else if (type === 'array') {
    options.push(
      v('x', 'a string'),
      v({ 0: 'a', length: 1 }, 'an array-like object'),
      v([{}], 'a wrong element')
    )
    const max = maxItems(inner)
    if (max !== undefined && max <= 10_000)
      options.push(
        v(
          Array.from({ length: max + 1 }, () => 'x'),
          'too many items'
        )
      )
    if (inner._zod.def.element && unwrap(inner._zod.def.element).inner === (Id as unknown as SchemaLike))
      options.push(v(['../x'], 'a path in an id list'))
  } else if (type === 'pipe') {
    // Rich text (TipTap JSON).
    options.push(
      v('<p>hi</p>', 'HTML instead of rich text'),
      v([], 'an array'),
      v({ type: 'paragraph' }, 'not a doc'),
      v({ type: 'doc', content: 'x' }, 'content not a list'),
      v({ type: 'doc', onload: 'alert(1)' }, 'an unknown key'),
      v(deeplyNested(10_000), '10,000 levels deep'),
      v(deeplyNested(41), '41 levels deep'),
      v({ type: 'doc', content: [{ type: 'text', text: 'x'.repeat(200_001) }] }, 'a huge text node'),
      v({ type: 'doc', attrs: { ['k'.repeat(65)]: 1 } }, 'a long attribute name'),
      v(JSON.parse('{"type":"doc","__proto__":{"polluted":1}}'), 'a __proto__ key')
    )
  }
  return fc.oneof(...options)
}

const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'then', 'x']

/**
 * Inputs for `schema` (a strict zod object) that it must reject, each derived from the valid `baseline` by breaking
 * one thing: not an object at all, an extra key, a missing required key, or one field with a value it never takes.
 */
export function malformedInput(
  schema: z.ZodType,
  baseline: Record<string, unknown>
): fc.Arbitrary<Malformed> {
  const shape = (schema as unknown as SchemaLike)._zod.def.shape ?? {}
  const notAnObject = fc
    .oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.array(fc.anything(), { maxLength: 3 }))
    .map((input) => ({ input, why: `not an object: ${JSON.stringify(input)?.slice(0, 40)}` }))
  const extraKey = fc
    .tuple(
      fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ minLength: 1, maxLength: 20 })),
      fc.jsonValue()
    )
    .filter(([key]) => !(key in shape))
    .map(([key, value]) => ({
      // A computed key, then JSON: "__proto__" stays an own key, as a transport would deliver it.
      input: JSON.parse(JSON.stringify({ ...baseline, [key]: value ?? 1 })) as unknown,
      why: `an extra key "${key}"`
    }))
  const options: fc.Arbitrary<Malformed>[] = [notAnObject, extraKey]
  const required = Object.keys(shape).filter((k) => !unwrap(shape[k]!).optional)
  if (required.length > 0)
    options.push(
      fc.constantFrom(...required).map((key) => {
        const input = { ...baseline }
        delete input[key]
        return { input, why: `"${key}" missing` }
      })
    )
  const keys = Object.keys(shape)
  if (keys.length > 0)
    options.push(
      fc.constantFrom(...keys).chain((key) =>
        wrongValues(shape[key]!).map(({ value, why }) => ({
          input: { ...baseline, [key]: value },
          why: `${key}: ${why}`
        }))
      )
    )
  return fc.oneof(...options)
}

/** The fields of `schema` that hold an id or a list of ids. */
export function idFields(schema: z.ZodType): { key: string; list: boolean }[] {
  const shape = (schema as unknown as SchemaLike)._zod.def.shape ?? {}
  const isId = (s: SchemaLike) => unwrap(s).inner === (Id as unknown as SchemaLike)
  return Object.entries(shape).flatMap(([key, field]): { key: string; list: boolean }[] => {
    const { inner } = unwrap(field)
    if (isId(inner)) return [{ key, list: false }]
    if (inner._zod.def.type === 'array' && inner._zod.def.element && isId(inner._zod.def.element))
      return [{ key, list: true }]
    return []
  })
}
