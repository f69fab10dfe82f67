import { describe, expect, it } from 'vitest'
import { importMarkdown } from './import-markdown'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('importMarkdown', () => {
  it('reads YAML front matter and leaves it out of the text', async () => {
    const md = [
      '---',
      'title: "Ministers disagree"',
      'date: 2024-03-05',
      'authors: [Ann Lee, {name: Bob Ray}]',
      'source: https://example.org/a',
      'publisher: The Example',
      '---',
      '# Heading',
      '',
      'First paragraph.'
    ].join('\n')
    expect(await importMarkdown(enc(md), 'notes/a.md')).toEqual({
      title: 'Ministers disagree',
      publishedAt: '2024-03-05',
      authors: ['Ann Lee', 'Bob Ray'],
      source: { url: 'https://example.org/a', publisher: 'The Example', fileName: 'a.md' },
      text: 'Heading\n\nFirst paragraph.'
    })
  })

  it('reduces Markdown to readable text', async () => {
    const md = [
      '# The *big* debate',
      '',
      'Said **firmly**, with a [link](https://x.org) and ![a chart](c.png) and `code`.',
      'A soft break continues the paragraph.  ',
      'A hard break starts a line.',
      '',
      '> Quoted text',
      '',
      '- one',
      '- two',
      '',
      '1. first',
      '',
      '```js',
      'const x = 1',
      '  indented()',
      '```',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      '---',
      '',
      '<div>Raw <b>html</b><script>alert(1)</script></div>',
      '',
      'Text with <span onclick="x()">inline</span> html.'
    ].join('\n')
    const src = await importMarkdown(enc(md), 'a.md')
    expect(src.title).toBe('The big debate')
    expect(src.text).toBe(
      [
        'The big debate',
        'Said firmly, with a link and and code. A soft break continues the paragraph.\nA hard break starts a line.',
        'Quoted text',
        'one',
        'two',
        'first',
        'const x = 1\n  indented()',
        'a\tb',
        '1\t2',
        'Raw html',
        'Text with inline html.'
      ].join('\n\n')
    )
    expect(src.text).not.toContain('alert')
  })

  it('works without front matter and with a title-less document', async () => {
    const src = await importMarkdown(enc('Just a paragraph.\n\n## Not a title\n'), 'a.md')
    expect(src).toMatchObject({
      title: null,
      publishedAt: null,
      authors: [],
      text: 'Just a paragraph.\n\nNot a title'
    })
  })

  it('rejects invalid front matter with its line, and a file with no text', async () => {
    await expect(importMarkdown(enc('---\ntitle: ok\ndate: [unclosed\n---\nBody'), 'bad.md')).rejects.toThrow(
      /^bad\.md has invalid YAML front matter \(line \d+\)$/
    )
    await expect(importMarkdown(enc('---\ntitle: only\n---\n![img](x.png)\n'), 'void.md')).rejects.toThrow(
      'void.md has no text (only front matter or markup)'
    )
    await expect(importMarkdown(enc(''), 'empty.md')).rejects.toThrow('empty.md is empty')
  })
})
