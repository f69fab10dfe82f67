import fc from 'fast-check'
import type { BlockContent, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import {
  markdownSettings,
  stringifyMarkdown,
  stringifyMarkdownSteps,
  type StringifyMarkdownOptions
} from './stringify-markdown'

/** mdast-util-to-markdown as it is, with the same settings: what the fast paths must write byte for byte. */
const reference = (tree: Root, options: StringifyMarkdownOptions = {}): string =>
  unified().use(remarkGfm).use(remarkStringify, markdownSettings(options)).stringify(tree)

const same = (tree: Root, options: StringifyMarkdownOptions = {}) =>
  expect(stringifyMarkdown(tree, options)).toBe(reference(tree, options))

/** Characters that mean something somewhere in Markdown, GFM or Obsidian, beside letters, digits and spaces. */
const CHARS = [
  ...'aZ09 .,;:!?-+*_`~#>[]()<>&@\\/|="\'%^$',
  '\n',
  '\r',
  '\t',
  '\u00a0',
  'é',
  '“',
  '”',
  '—',
  '…',
  '😀',
  'www.',
  'http://',
  '&amp;',
  '1. ',
  '- ',
  'w',
  'p'
]
const textValue = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 12 })
const text = textValue.map((value): PhrasingContent => ({ type: 'text', value }))
const digits = fc.integer({ min: 1, max: 120 }).map(String)

const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
  { weight: 4, arbitrary: text },
  fc
    .constantFrom('strong', 'emphasis')
    .chain((type) =>
      fc
        .array(text, { minLength: 1, maxLength: 2 })
        .map((children) => ({ type, children }) as PhrasingContent)
    ),
  fc.oneof(digits, textValue).map((n): PhrasingContent => ({
    type: 'linkReference',
    identifier: n,
    label: n,
    referenceType: 'shortcut',
    children: [{ type: 'text', value: n }]
  })),
  textValue.map((value): PhrasingContent => ({ type: 'inlineCode', value })),
  fc.constant<PhrasingContent>({ type: 'break' }),
  fc
    .array(text, { minLength: 1, maxLength: 2 })
    .map((children): PhrasingContent => ({ type: 'delete', children })),
  fc
    .array(text, { minLength: 1, maxLength: 2 })
    .map((children): PhrasingContent => ({ type: 'link', url: 'https://example.org/a_b', children }))
)
const paragraph = fc
  .array(phrasing, { minLength: 0, maxLength: 7 })
  .map((children): Paragraph => ({ type: 'paragraph', children }))

const block: fc.Arbitrary<BlockContent> = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  paragraph.map((p): BlockContent => ({ type: 'blockquote', children: [p] })),
  fc
    .array(paragraph, { minLength: 2, maxLength: 3 })
    .map((children): BlockContent => ({ type: 'blockquote', children })),
  fc
    .array(phrasing, { maxLength: 4 })
    .map((children): BlockContent => ({ type: 'heading', depth: 2, children })),
  fc
    .record({
      items: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
      ordered: fc.boolean(),
      spread: fc.boolean(),
      checked: fc.constantFrom(undefined, true, false)
    })
    .map(({ items, ordered, spread, checked }): BlockContent => ({
      type: 'list',
      ordered,
      spread,
      children: items.map((p) => ({ type: 'listItem', spread, checked, children: [p] }))
    }))
)

describe('stringifyMarkdown (its fast paths write what mdast-util-to-markdown writes)', () => {
  it('for any tree of the report’s nodes and hostile text, CommonMark and Obsidian alike', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), fc.boolean(), (children, obsidian) => {
        same({ type: 'root', children: children as RootContent[] }, { obsidian })
      }),
      { numRuns: 3000 }
    )
  })

  it('around strong and emphasis: flanking letters, punctuation, spaces, neighbours and line ends', () => {
    const cases: PhrasingContent[][] = []
    const sides = ['a', '.', ' ', '\n', '*', '_', '“', '😀', '\u00a0']
    for (const outside of sides)
      for (const inside of sides)
        for (const type of ['strong', 'emphasis'] as const) {
          const inner: PhrasingContent[] = [{ type: 'text', value: `${inside}x${inside}` }]
          cases.push([
            { type: 'text', value: `w${outside}` },
            { type, children: inner },
            { type: 'text', value: `${outside}w` }
          ])
          cases.push([
            { type, children: inner },
            { type: 'text', value: outside }
          ])
        }
    cases.push([
      { type: 'strong', children: [{ type: 'text', value: 'a' }] },
      { type: 'emphasis', children: [{ type: 'text', value: 'b' }] }
    ])
    for (const children of cases) {
      same({ type: 'root', children: [{ type: 'paragraph', children }] })
      same({ type: 'root', children: [{ type: 'blockquote', children: [{ type: 'paragraph', children }] }] })
    }
  })

  it('writes a paragraph met again, at the top level or deeper, as the first time', () => {
    const attribution: Paragraph = {
      type: 'paragraph',
      children: [
        { type: 'text', value: '— ' },
        { type: 'strong', children: [{ type: 'text', value: 'Ann_a' }] },
        { type: 'text', value: ' (#1 *aide*), ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'www.example.com' }] },
        { type: 'text', value: ', 1 May 2024 ' },
        {
          type: 'linkReference',
          identifier: '1',
          label: '1',
          referenceType: 'shortcut',
          children: [{ type: 'text', value: '1' }]
        }
      ]
    }
    const tree: Root = {
      type: 'root',
      children: [
        attribution,
        { type: 'blockquote', children: [attribution] },
        {
          type: 'list',
          ordered: false,
          children: [{ type: 'listItem', checked: true, children: [attribution] }]
        },
        attribution
      ]
    }
    same(tree)
    same(tree)
    same(tree, { obsidian: true })
    // Across the trees of one export: the second is written from what the first left.
    const written = new WeakMap()
    const quote: RootContent = { type: 'blockquote', children: [attribution] }
    const second: Root = { type: 'root', children: [quote, attribution] }
    expect(stringifyMarkdown({ type: 'root', children: [attribution, quote] }, { written })).toBe(
      reference({ type: 'root', children: [attribution, quote] })
    )
    expect(stringifyMarkdown(second, { written })).toBe(reference(second))
    // A root with phrasing serialises a paragraph as phrasing, with other neighbours: not taken from before.
    const bullet: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: '# x' }] }
    expect(stringifyMarkdown({ type: 'root', children: [bullet] }, { written })).toBe('\\# x\n')
    const mixed = { type: 'root', children: [{ type: 'text', value: 'a' }, bullet] } as Root
    expect(stringifyMarkdown(mixed, { written })).toBe(reference(mixed))
  })
})

describe('stringifyMarkdownSteps', () => {
  const t = (value: string): PhrasingContent => ({ type: 'text', value })
  const p = (value: string): BlockContent => ({ type: 'paragraph', children: [t(value)] })
  const items = (n: number, label: string): ListItem[] =>
    Array.from({ length: n }, (_, i) => ({
      type: 'listItem',
      spread: false,
      children: [p(`${label} ${i} #x`)]
    }))
  const bullets = (n: number, label: string): BlockContent => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: items(n, label)
  })
  const blocks: RootContent[] = [
    { type: 'heading', depth: 2, children: [t('Statements')] },
    bullets(250, 'long'),
    ...Array.from({ length: 120 }, (_, i) =>
      i % 3 === 0 ? { type: 'blockquote' as const, children: [p(`q ${i}`)] } : p(`* para ${i} _`)
    ),
    bullets(3, 'short'),
    bullets(150, 'beside a list'),
    p('between'),
    { type: 'list', ordered: true, start: 1, spread: false, children: items(130, 'numbered') },
    { type: 'code', value: 'code after a list' }
  ]

  for (const obsidian of [false, true])
    it(`writes what stringifyMarkdown writes, in many runs${obsidian ? ' (Obsidian)' : ''}`, () => {
      const steps = stringifyMarkdownSteps(blocks, { obsidian })
      let pauses = 0
      let next = steps.next()
      for (; !next.done; next = steps.next()) pauses++
      expect(next.value).toBe(stringifyMarkdown({ type: 'root', children: blocks }, { obsidian }))
      expect(pauses).toBeGreaterThan(4)
    })

  it('writes an empty body as stringifyMarkdown does', () => {
    const steps = stringifyMarkdownSteps([])
    let next = steps.next()
    while (!next.done) next = steps.next()
    expect(next.value).toBe(stringifyMarkdown({ type: 'root', children: [] }))
  })
})
