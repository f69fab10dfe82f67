import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { OP_NAMES } from '../../shared/api'

it('handles each namespace of the contract in its own <namespace>-handlers.ts', () => {
  const namespaces = new Set(OP_NAMES.map((op) => op.slice(0, op.indexOf('.'))))
  for (const ns of namespaces) {
    const source = readFileSync(new URL(`./${ns}-handlers.ts`, import.meta.url), 'utf8')
    expect(source, `${ns}-handlers.ts`).toContain(`NamespaceHandlers<'${ns}'>`)
    for (const op of OP_NAMES.filter((o) => o.startsWith(`${ns}.`))) expect(source).toContain(`'${op}'`)
  }
})
