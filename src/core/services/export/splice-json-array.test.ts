import { describe, expect, it } from 'vitest'
import { indentedJson, spliceJsonArray, spliceJsonArrays } from './splice-json-array'

const element = { a: [1, { b: 'line\nbreak "quoted" ]' }], c: {}, d: [], e: null }

describe('indentedJson', () => {
  for (const depth of [1, 2, 3])
    it(`writes an element as JSON.stringify does ${depth} levels deep`, () => {
      const reference = JSON.stringify(element, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`)
      expect(indentedJson(element, depth)).toBe(reference)
    })
})

describe('spliceJsonArray', () => {
  it('puts the elements in place of an empty array, at the top level or deeper', () => {
    const whole = { x: 1, items: [element, 'two'], first: { items: [element, 3] }, y: 2 }
    const top = JSON.stringify({ ...whole, items: [] }, null, 2)
    expect(spliceJsonArray(top, 'items', 1, [indentedJson(element, 2), indentedJson('two', 2)])).toBe(
      JSON.stringify(whole, null, 2)
    )
    const deep = JSON.stringify({ ...whole, first: { items: [] } }, null, 2)
    expect(spliceJsonArray(deep, 'items', 2, [indentedJson(element, 3), indentedJson(3, 3)])).toBe(
      JSON.stringify(whole, null, 2)
    )
  })

  it('leaves an empty array as it is and refuses a text without one', () => {
    const head = JSON.stringify({ k: [] }, null, 2)
    expect(spliceJsonArray(head, 'k', 1, [])).toBe(head)
    expect(() => spliceJsonArray(head, 'other', 1, ['1'])).toThrow('no single empty "other" array')
  })

  it('splices several arrays at once, in any order', () => {
    const whole = { a: [1, 2], b: 'x', c: [element] }
    const head = JSON.stringify({ ...whole, a: [], c: [] }, null, 2)
    const c = [indentedJson(element, 2)]
    expect(
      spliceJsonArrays(head, 1, [
        ['c', c],
        ['a', ['1', '2']]
      ])
    ).toBe(JSON.stringify(whole, null, 2))
    expect(
      spliceJsonArrays(head, 1, [
        ['c', c],
        ['a', []]
      ])
    ).toBe(JSON.stringify({ ...whole, a: [] }, null, 2))
  })
})
