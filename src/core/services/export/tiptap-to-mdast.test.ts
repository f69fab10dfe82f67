import { describe, expect, it } from 'vitest'
import type { RichNode } from '../../../shared/domain'
import { stringifyMarkdown } from './stringify-markdown'
import { doc, p, sref, t, tref } from './testing/test-snapshot'
import { richText, tiptapToMdast, type TiptapToMdastOptions } from './tiptap-to-mdast'

const md = (d: RichNode, o?: TiptapToMdastOptions): string => stringifyMarkdown(tiptapToMdast(d, o))

describe('tiptapToMdast', () => {
  it.each<[string, RichNode, string]>([
    ['plain paragraph', doc(p(t('Hello'))), 'Hello\n'],
    [
      'bold, italic, both',
      doc(p(t('a', 'bold'), t(' '), t('b', 'italic'), t(' '), t('c', 'bold', 'italic'))),
      '**a** _b_ **_c_**\n'
    ],
    [
      'a mark spanning neighbours is merged',
      doc(p(t('x ', 'bold'), t('y', 'bold', 'italic'))),
      '**x _y_**\n'
    ],
    ['link', doc(p(t('site', 'https://example.org/a?b=1'))), '[site](https://example.org/a?b=1)\n'],
    ['unsafe link keeps its text only', doc(p(t('x', 'javascript:alert(1)'))), 'x\n'],
    ['code mark', doc(p(t('a*b', 'code'))), '`a*b`\n'],
    ['strike', doc(p(t('gone', 'strike'))), '~~gone~~\n'],
    ['hard break', doc(p(t('a'), { type: 'hardBreak' }, t('b'))), 'a\\\nb\n'],
    [
      'metacharacters are escaped',
      doc(p(t('*not* [x](y) <b> # 1. _u_'))),
      '\\*not\\* \\[x]\\(y) \\<b> # 1. \\_u\\_\n'
    ],
    ['heading', doc({ type: 'heading', attrs: { level: 2 }, content: [t('Title')] }), '## Title\n'],
    [
      'bullet list',
      doc({
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(t('one'))] },
          { type: 'listItem', content: [p(t('two'))] }
        ]
      }),
      '- one\n- two\n'
    ],
    [
      'ordered list with start',
      doc({
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          { type: 'listItem', content: [p(t('c'))] },
          { type: 'listItem', content: [p(t('d'))] }
        ]
      }),
      '3. c\n4. d\n'
    ],
    ['blockquote', doc({ type: 'blockquote', content: [p(t('q'))] }), '> q\n'],
    [
      'code block',
      doc({ type: 'codeBlock', attrs: { language: 'ts' }, content: [t('let a = 1')] }),
      '```ts\nlet a = 1\n```\n'
    ],
    ['horizontal rule', doc(p(t('a')), { type: 'horizontalRule' }, p(t('b'))), 'a\n\n---\n\nb\n'],
    [
      'unknown inline-content node falls back to its text',
      doc({ type: 'callout', content: [t('note *me*')] }),
      'note \\*me\\*\n'
    ],
    ['unknown block wrapper is unwrapped', doc({ type: 'details', content: [p(t('inside'))] }), 'inside\n'],
    [
      'unknown inline node falls back to its label',
      doc(p(t('hi '), { type: 'mention', attrs: { id: 'x', label: '@ann' } })),
      'hi @ann\n'
    ],
    [
      'chips default to their label',
      doc(p(sref('d.1', 'a quote'), t(' / '), tref('t', 'Theme'))),
      'a quote / Theme\n'
    ],
    ['empty paragraphs are dropped', doc(p(), p(t('x')), p()), 'x\n']
  ])('%s', (_name, input, expected) => {
    expect(md(input)).toBe(expected)
  })

  it('offsets headings and caps them at 6', () => {
    const d = doc(
      { type: 'heading', attrs: { level: 1 }, content: [t('A')] },
      { type: 'heading', attrs: { level: 5 }, content: [t('B')] }
    )
    expect(md(d, { headingOffset: 3 })).toBe('#### A\n\n###### B\n')
    expect(md(d, { flattenHeadings: true })).toBe('**A**\n\n**B**\n')
  })

  it('renders chips through the callbacks, and never nests links', () => {
    const o: TiptapToMdastOptions = {
      statementRef: (id, label) => [
        { type: 'link', url: `#s-${id}`, children: [{ type: 'text', value: label }] }
      ]
    }
    expect(md(doc(p(sref('d.1', 'quote'))), o)).toBe('[quote](#s-d.1)\n')
    const linked: RichNode = {
      ...sref('d.1', 'quote'),
      marks: [{ type: 'link', attrs: { href: 'https://x.org' } }]
    }
    expect(md(doc(p(linked)), o)).toBe('[quote](https://x.org)\n')
  })

  it('tidies the spacing editors leave around chips: no "chip .", no double spaces', () => {
    const o: TiptapToMdastOptions = { statementRef: (_id, label) => [{ type: 'text', value: `“${label}”` }] }
    const note = doc(
      p(
        t('As  '),
        sref('d.1', 'quote'),
        t(' . Then '),
        tref('t', 'Theme'),
        t(' , and '),
        sref('d.2', 'b'),
        t(' ')
      ),
      p(sref('d.3', 'c'), t(' ) and  '), t('bold', 'bold'), t('  end  '))
    )
    expect(md(note, o)).toBe('As “quote”. Then Theme, and “b”\n\n“c”) and **bold** end\n')
  })

  it('keeps the spaces of inline code', () => {
    expect(md(doc(p(t('a  b', 'code'))))).toBe('`a  b`\n')
  })

  it('richText flattens to plain text', () => {
    expect(richText(doc(p(t('a'), { type: 'hardBreak' }, t('b')), p(sref('x', 'chip'))))).toBe('a\nb\nchip')
  })
})
