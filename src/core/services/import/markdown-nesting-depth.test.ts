import { describe, expect, it } from 'vitest'
import { importMarkdown } from './import-markdown'
import { markdownNestingDepth } from './markdown-nesting-depth'

const list = (depth: number, indent = 2): string =>
  Array.from({ length: depth }, (_, i) => `${' '.repeat(indent * i)}- item ${i}`).join('\n')
const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('markdownNestingDepth', () => {
  it('counts block quotes, list items on a line and list items kept open by indentation', () => {
    expect(markdownNestingDepth('Just a paragraph.\n\nAnother one.')).toBe(0)
    expect(markdownNestingDepth('> > > quoted')).toBe(3)
    expect(markdownNestingDepth('>>>>> old mail')).toBe(5)
    expect(markdownNestingDepth('- - - x')).toBe(3)
    expect(markdownNestingDepth(list(5))).toBe(5)
    expect(markdownNestingDepth(list(5, 4))).toBe(5)
    expect(markdownNestingDepth('1. one\n   1) sub\n      - subsub\n\n      more text\n2. two')).toBe(3)
    expect(markdownNestingDepth('- a\n- b\n- c\n\n- d')).toBe(1)
    expect(markdownNestingDepth('> - quoted item\n>   - nested')).toBe(3)
  })

  it('counts unclosed brackets in a paragraph and emphasis runs', () => {
    expect(markdownNestingDepth('[a [b [c]]] and [d]')).toBe(3)
    expect(markdownNestingDepth('[[[[\n\n]]]] x')).toBe(4) // a blank line ends the paragraph
    expect(markdownNestingDepth('\\[\\[\\[ escaped')).toBe(0)
    expect(markdownNestingDepth('***bold italic*** and **bold**')).toBe(2)
    expect(markdownNestingDepth('*'.repeat(41) + 'x')).toBe(21)
  })

  it('ignores fenced code, thematic breaks and ordinary prose', () => {
    const fenced = '```\n' + '>'.repeat(5000) + '\n[[[[[[\n```\nafter'
    expect(markdownNestingDepth(fenced)).toBe(0)
    expect(markdownNestingDepth('~~~~\n- - - - - -\n~~~~')).toBe(0)
    expect(markdownNestingDepth('* * *\n\n' + '*'.repeat(80) + '\n\n- - -')).toBe(0)
    expect(markdownNestingDepth('Prices rose 3 > 2 percent; a_b_c; [note] (see below).')).toBe(1)
  })

  it('finds the hostile cases of issue 16 quickly', () => {
    const started = performance.now()
    expect(markdownNestingDepth('>'.repeat(5000) + ' deep')).toBe(5000)
    expect(markdownNestingDepth('>'.repeat(50_000) + ' deeper')).toBe(50_000)
    expect(markdownNestingDepth(list(3000))).toBe(3000)
    expect(markdownNestingDepth('- '.repeat(3000) + 'x')).toBe(3000)
    expect(markdownNestingDepth('['.repeat(50_000) + 'x')).toBe(50_000)
    expect(markdownNestingDepth('*'.repeat(50_000) + 'x' + '*'.repeat(50_000))).toBe(25_000)
    expect(markdownNestingDepth(list(3000), 1000)).toBe(1001) // stops early
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('importMarkdown refuses hostile input before parsing', () => {
  it.each([
    ['quotes.md', '>'.repeat(50_000) + ' x'],
    ['list.md', list(1001)],
    ['links.md', '['.repeat(20_000) + 'x'],
    ['stars.md', '*'.repeat(5000) + 'x' + '*'.repeat(5000)]
  ])('%s', async (name, text) => {
    const started = performance.now()
    await expect(importMarkdown(enc(text), name)).rejects.toThrow(`${name} nests deeper than 1,000 levels`)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('still imports nesting of a thousand levels (slowly, but it is not refused)', async () => {
    const src = await importMarkdown(enc('>'.repeat(1000) + ' deep thought'), 'ok.md')
    expect(src.text).toBe('deep thought')
  })

  it('refuses a YAML alias bomb and oversized front matter in front matter', async () => {
    let yaml = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n'
    for (let i = 1; i < 10; i++)
      yaml += `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`
    await expect(importMarkdown(enc(`---\n${yaml}---\n\nBody.`), 'laughs.md')).rejects.toThrow(
      'laughs.md has YAML front matter whose aliases expand too far'
    )
    const many = Array.from({ length: 5000 }, (_, i) => `k${i}: &x${i} value`).join('\n')
    await expect(importMarkdown(enc(`---\n${many}\n---\n\nBody.`), 'big.md')).rejects.toThrow(
      'big.md has YAML front matter over 64 KB'
    )
    const ok = await importMarkdown(enc('---\ntitle: &t Hello\nalias: *t\n---\n\nBody.'), 'ok.md')
    expect(ok.title).toBe('Hello')
  })
})
