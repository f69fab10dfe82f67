import type { z } from 'zod'

/** Says whether a value certainly passes the schema, unchanged. False means "ask zod", not "invalid". */
export type FastCheck = (value: unknown) => boolean

interface Check {
  _zod: {
    def: {
      check?: string
      format?: string
      minimum?: number
      maximum?: number
      length?: number
      value?: unknown
      inclusive?: boolean
      pattern?: RegExp
    }
    check(payload: { value: unknown; issues: unknown[] }): unknown
  }
}

interface Internals {
  def: {
    type: string
    checks?: Check[]
    shape?: Record<string, z.ZodType>
    catchall?: z.ZodType
    element?: z.ZodType
    innerType?: z.ZodType
    options?: z.ZodType[]
    getter?: () => z.ZodType
    in?: z.ZodType
    out?: z.ZodType
    keyType?: z.ZodType
    valueType?: z.ZodType
  }
  traits: Set<string>
  values?: Set<unknown>
}

const internals = (schema: z.ZodType) => (schema as unknown as { _zod: Internals })._zod

/** Runs one of zod's own checks: it must add no issue, stay synchronous and leave the value as it was. */
function runCheck(check: Check, value: unknown): boolean {
  const payload = { value, issues: [] as unknown[] }
  const r = check._zod.check(payload)
  return !(r instanceof Promise) && payload.issues.length === 0 && payload.value === value
}

class Unsupported extends Error {}

/**
 * Compiles a zod schema into a fast predicate for the store's hot paths (reading a thousand files at open,
 * validating a file on each save): JavaScript generated from the schema's definition, several times faster than
 * a parse and allocation-free on the common path.
 *
 * It is conservative: it returns true only when zod would accept the value and return it unchanged (no unknown
 * keys stripped, no trimming or other transform). A schema using anything it does not model (transforms,
 * defaults, tuples…) compiles to "always ask zod"; checks it does not specialise run through zod's own check
 * functions. The caller parses with zod whenever it returns false: zod has the final word and the message.
 */
export function compileSchema(schema: z.ZodType): FastCheck {
  const constants: unknown[] = []
  const functions: string[] = []
  const names = new Map<z.ZodType, string>()
  const constant = (value: unknown): string => `c[${constants.push(value) - 1}]`

  const fn = (s: z.ZodType): string => {
    const known = names.get(s)
    if (known) return known
    const name = `f${names.size}`
    names.set(s, name)
    const body = [typeCheck(s), ...checksOf(s), 'return true;'].join('\n')
    functions.push(`function ${name}(v) {\n${body}\n}`)
    return name
  }

  const typeCheck = (s: z.ZodType): string => {
    const zod = internals(s)
    const def = zod.def
    switch (def.type) {
      case 'string':
        return `if (typeof v !== 'string') return false;`
      case 'number':
        return `if (typeof v !== 'number' || !Number.isFinite(v)) return false;`
      case 'boolean':
        return `if (typeof v !== 'boolean') return false;`
      case 'null':
        return `if (v !== null) return false;`
      case 'unknown':
      case 'any':
      case 'custom': // z.custom: its function runs as the schema's own check
        return ''
      case 'literal':
      case 'enum': {
        if (!zod.values) throw new Unsupported()
        const values = [...zod.values]
        if (values.length === 1 && ['string', 'number', 'boolean'].includes(typeof values[0]))
          return `if (v !== ${JSON.stringify(values[0])}) return false;`
        return `if (!${constant(zod.values)}.has(v)) return false;`
      }
      case 'optional':
        return `if (v === undefined) return true;\nif (!${fn(def.innerType!)}(v)) return false;`
      case 'nullable':
        return `if (v === null) return true;\nif (!${fn(def.innerType!)}(v)) return false;`
      case 'array':
        return `if (!Array.isArray(v)) return false;\nfor (let i = 0; i < v.length; i++) if (!${fn(def.element!)}(v[i])) return false;`
      case 'object':
        return objectCheck(def)
      case 'record': {
        if (internals(def.keyType!).values) throw new Unsupported()
        return `${plainObject}\nfor (const k of Object.keys(v)) if (k === '__proto__' || !${fn(def.keyType!)}(k) || !${fn(def.valueType!)}(v[k])) return false;`
      }
      case 'union':
        return `if (!(${def.options!.map((o) => `${fn(o)}(v)`).join(' || ')})) return false;`
      case 'pipe':
        // Both ends see the same value, since `in` is only accepted when it leaves the value unchanged.
        return `if (!${fn(def.in!)}(v) || !${fn(def.out!)}(v)) return false;`
      case 'lazy':
        return `if (!${fn(def.getter!())}(v)) return false;`
      default:
        throw new Unsupported()
    }
  }

  const plainObject = `if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
{ const p = Object.getPrototypeOf(v); if (p !== Object.prototype && p !== null) return false; }`

  const objectCheck = (def: Internals['def']): string => {
    const catchall = def.catchall && internals(def.catchall).def.type
    if (catchall && catchall !== 'never') throw new Unsupported()
    const lines = [plainObject, 'let n = 0;', 'let x;']
    for (const [key, field] of Object.entries(def.shape!)) {
      const k = JSON.stringify(key)
      const missing = internals(field).def.type === 'optional' ? `{ if (${k} in v) n++; }` : 'return false;'
      lines.push(
        `x = v[${k}];`,
        `if (x === undefined) ${missing} else { n++; if (!${fn(field)}(x)) return false; }`
      )
    }
    // A key the shape does not name is refused (strict) or would be stripped (strip): either way, ask zod.
    lines.push('let keys = 0;', 'for (const _ in v) keys++;', 'if (keys !== n) return false;')
    return lines.join('\n')
  }

  const checksOf = (s: z.ZodType): string[] => {
    const zod = internals(s)
    const all = [...(zod.traits.has('$ZodCheck') ? [s as unknown as Check] : []), ...(zod.def.checks ?? [])]
    return all.map((c) => {
      const d = c._zod.def
      switch (d.check) {
        case 'min_length':
          return `if (v.length < ${Number(d.minimum)}) return false;`
        case 'max_length':
          return `if (v.length > ${Number(d.maximum)}) return false;`
        case 'length_equals':
          return `if (v.length !== ${Number(d.length)}) return false;`
        case 'greater_than':
          if (typeof d.value === 'number')
            return `if (!(v ${d.inclusive ? '>=' : '>'} ${d.value})) return false;`
          break
        case 'less_than':
          if (typeof d.value === 'number')
            return `if (!(v ${d.inclusive ? '<=' : '<'} ${d.value})) return false;`
          break
        case 'number_format':
          if (d.format === 'safeint') return `if (!Number.isSafeInteger(v)) return false;`
          break
        case 'string_format':
          if (d.format === 'regex' && d.pattern) {
            const re = constant(d.pattern)
            return `${re}.lastIndex = 0;\nif (!${re}.test(v)) return false;`
          }
          break
      }
      return `if (!g(${constant(c)}, v)) return false;`
    })
  }

  try {
    const root = fn(schema)
    const source = `${functions.join('\n')}\nreturn ${root};`
    return new Function('c', 'g', source)(constants, runCheck) as FastCheck
  } catch (err) {
    if (err instanceof Unsupported) return () => false
    throw err
  }
}
