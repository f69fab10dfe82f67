import fc from 'fast-check'
import type { Heading, Nodes, Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { exportMarkdown } from './export-markdown'
import { ExportScopeError } from './export-view'
import { parseCommonMark, textContent } from './md-test-utils'
import { HOSTILE_THEME, makeStatementsSnapshot, makeTestSnapshot } from './test-snapshot'

const snapshot = makeTestSnapshot()
const headings = (tree: Root): [number, string][] =>
  tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => [h.depth, textContent(h)])
const blockquotes = (tree: Root): string[] =>
  tree.children.filter((n) => n.type === 'blockquote').map(textContent)
/** Raw HTML anywhere in the tree, one string per paragraph (inline HTML is split into tags). */
const rawHtml = (tree: Root): string[] => {
  const out: string[] = []
  const walk = (n: Nodes): void => {
    if (n.type === 'html') out.push(n.value)
    else if (n.type === 'paragraph' && n.children.some((c) => c.type === 'html')) {
      out.push(n.children.map((c) => (c.type === 'html' ? c.value : `[${c.type}]`)).join(''))
    } else if ('children' in n) n.children.forEach((c) => walk(c as Nodes))
  }
  walk(tree)
  return out
}

describe('exportMarkdown', () => {
  const md = exportMarkdown(snapshot)
  const tree = parseCommonMark(md)

  it('has the title, the export line and the themes in codebook order, nested by depth', () => {
    expect(headings(tree)).toEqual([
      [1, 'Long-range strikes: Biden & allies'],
      [2, 'Escalation risk'],
      [3, 'Nuclear signalling'],
      [3, 'Red lines'],
      [2, 'Allied pressure'],
      [3, HOSTILE_THEME],
      [2, 'Unused theme'],
      [2, 'Annotations without a theme'],
      [3, snapshot.documents[0]!.document.title],
      [2, 'Notes'],
      [3, 'Working hypothesis: escalation *ladder*'],
      [5, 'Escalation ladder'],
      [3, '../../etc/passwd']
    ])
    expect(md).toContain('Exported 2024-06-02T12:00:00.000Z · Scope: whole workspace')
  })

  it('quotes every tagged statement exactly, hostile text included', () => {
    const quotes = new Set(blockquotes(tree))
    for (const { statements } of snapshot.documents) {
      for (const s of statements.filter((s) => s.themeIds.length > 0)) expect(quotes).toContain(s.text)
    }
    expect(quotes).not.toContain("Mr. Biden doesn't have much time.")
  })

  it('anchors each quoted statement once, and every internal link has its anchor', () => {
    const anchors = rawHtml(tree)
    for (const a of anchors) expect(a).toMatch(/^<a id="[st]-[A-Za-z0-9_.-]+"><\/a>$/)
    const ids = anchors.map((a) => a.slice(7, -6))
    expect(new Set(ids).size).toBe(ids.length)
    const targets = [...md.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1])
    expect(targets.length).toBeGreaterThan(5)
    for (const target of targets) expect(ids).toContain(target)
  })

  it('writes no raw HTML other than the anchors, and drops unsafe links', () => {
    for (const html of rawHtml(tree)) expect(html).toMatch(/^<a id="[st]-[A-Za-z0-9_.-]+"><\/a>$/)
    expect(md).not.toContain('javascript:')
  })

  it('renders annotation notes, cross-references and note chips', () => {
    expect(md).toContain('Stoltenberg frames the limits as **self-defeating**')
    expect(md).toContain('[the Economist interview](https://www.economist.com/)')
    expect(md).toMatch(
      /\*\*supports\*\* \[“We are still making decisions[^\]]*”\]\(#s-doc-nyt\.1\) — Both push to \\\*lift\\\* limits/
    )
    expect(md).toContain('[Putin is wielding the nuclear saber](#s-doc-nyt.4)')
    // A chip to a statement the report does not quote shows the quote instead.
    expect(md).toContain("“Mr. Biden doesn't have much time.” (_Biden weighs")
    expect(md).toContain('[Nuclear signalling](#t-t-nuc)')
    expect(blockquotes(tree)).toContain('a sort of safe haven')
  })

  it('restricts to a theme subtree', () => {
    const scoped = parseCommonMark(exportMarkdown(snapshot, { themeId: 't-esc' }))
    expect(headings(scoped).map((h) => h[1])).toEqual([
      'Long-range strikes: Biden & allies',
      'Escalation risk',
      'Nuclear signalling',
      'Red lines',
      'Notes',
      'Working hypothesis: escalation *ladder*',
      'Escalation ladder'
    ])
    expect(blockquotes(scoped)).not.toContain(snapshot.documents[0]!.statements[0]!.text)
  })

  it('restricts to a document', () => {
    const out = exportMarkdown(snapshot, { documentId: 'memo_2' })
    const quotes = blockquotes(parseCommonMark(out))
    expect(quotes).toContain('> quoted line + plus = equals @at')
    expect(quotes.some((q) => q.startsWith('Denying Ukraine'))).toBe(false)
    expect(out).toContain('Scope: document “Analyst memo: \\*draft\\*')
  })

  it('rejects an unknown scope', () => {
    expect(() => exportMarkdown(snapshot, { themeId: 'nope' })).toThrow(ExportScopeError)
  })

  it('round-trips any statement text through CommonMark (property)', () => {
    const piece = fc.constantFrom(
      ...[
        '*',
        '_',
        '#',
        '[',
        ']',
        '(',
        ')',
        '`',
        '<',
        '>',
        '|',
        '\\',
        '!',
        '&',
        '~',
        '=',
        ' ',
        '  ',
        '\t',
        '\n',
        '\r\n'
      ],
      ...['1.', '2)', '10.', '- ', '+ ', '> ', '* ', '---', '***', '===', '```', '    ', '&amp;', '&#x20;'],
      ...['Ukraine', 'escalation', 'NATO', '<script>', 'http://x.y', 'www.a.b', '[x]: /u', '🚀', 'é']
    )
    const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''))
    const name = text.filter((s) => s.trim() !== '')
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), name, name, (texts, theme, speaker) => {
        const out = exportMarkdown(makeStatementsSnapshot(texts, { theme, speaker, title: speaker }))
        const parsed = parseCommonMark(out)
        expect(blockquotes(parsed)).toEqual(texts)
        expect(headings(parsed)[1]).toEqual([2, theme])
      }),
      { numRuns: 400 }
    )
  })
})
