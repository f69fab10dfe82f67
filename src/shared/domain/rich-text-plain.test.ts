import { describe, expect, it } from 'vitest'
import type { RichDoc } from './rich-text'
import { collectRefs, plainTextToRichDoc, richTextToPlain } from './rich-text-plain'

const p = (...content: RichDoc[]): RichDoc => ({ type: 'paragraph', content })
const t = (text: string): RichDoc => ({ type: 'text', text })
const sref = (id: string, label: string): RichDoc => ({ type: 'statementRef', attrs: { id, label } })
const tref = (id: string, label: string): RichDoc => ({ type: 'themeRef', attrs: { id, label } })
const doc = (...content: RichDoc[]): RichDoc => ({ type: 'doc', content })

describe('richTextToPlain', () => {
  const cases: [string, RichDoc, string][] = [
    ['empty doc', { type: 'doc' }, ''],
    ['empty paragraph', doc({ type: 'paragraph' }), ''],
    ['paragraphs', doc(p(t('One.')), p(t('Two.'))), 'One.\n\nTwo.'],
    [
      'marks are dropped',
      doc(p({ type: 'text', text: 'bold', marks: [{ type: 'bold' }] }, t(' end'))),
      'bold end'
    ],
    ['hard break', doc(p(t('a'), { type: 'hardBreak' }, t('b'))), 'a\nb'],
    [
      'statement chip',
      doc(p(t('See '), sref('d1.3', 'NATO will spend'), t(' here'))),
      'See “NATO will spend” here'
    ],
    ['theme chip', doc(p(tref('th1', 'Defence'), t(' matters'))), '#Defence matters'],
    ['chip without label falls back to id', doc(p({ type: 'themeRef', attrs: { id: 'th9' } })), '#th9'],
    [
      'heading then bullet list',
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [t('Title')] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p(t('a'))] },
            { type: 'listItem', content: [p(t('b'))] }
          ]
        }
      ),
      'Title\n\n- a\n- b'
    ],
    [
      'ordered list honours start',
      doc({
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [p(t('x'))] }]
      }),
      '3. x'
    ],
    [
      'nested list is indented',
      doc({
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [
              p(t('outer')),
              { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('inner'))] }] }
            ]
          }
        ]
      }),
      '- outer\n  - inner'
    ],
    ['blockquote', doc({ type: 'blockquote', content: [p(t('q1')), p(t('q2'))] }), '> q1\n> q2']
  ]
  it.each(cases)('%s', (_name, input, expected) => {
    expect(richTextToPlain(input)).toBe(expected)
  })
})

describe('collectRefs', () => {
  it('finds refs at any depth, deduplicated, in order', () => {
    const d = doc(
      p(sref('s2', 'b'), t(' '), tref('t1', 'x')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(sref('s1', 'a'), sref('s2', 'b'))] }] },
      { type: 'blockquote', content: [p(tref('t2', 'y'), tref('t1', 'x'))] }
    )
    expect(collectRefs(d)).toEqual({ statementIds: ['s2', 's1'], themeIds: ['t1', 't2'] })
  })
  it('ignores refs without an id', () => {
    expect(collectRefs(doc(p({ type: 'statementRef', attrs: { label: 'x' } })))).toEqual({
      statementIds: [],
      themeIds: []
    })
  })
})

describe('plainTextToRichDoc', () => {
  it('makes a paragraph of each block between blank lines, and round-trips to the same text', () => {
    const doc = plainTextToRichDoc('First line\nsame paragraph.\n\n  Second.  \n\n\n')
    expect(doc.content?.map((n) => n.content?.[0]?.text ?? null)).toEqual([
      'First line\nsame paragraph.',
      'Second.',
      null
    ])
    expect(richTextToPlain(plainTextToRichDoc('One.\n\nTwo.'))).toBe('One.\n\nTwo.')
  })
})
