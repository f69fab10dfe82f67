import fc from 'fast-check'
import type { Heading, List, Nodes, Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { exportMarkdown } from './export-markdown'
import { ExportScopeError } from './export-view'
import { parseCommonMark, textContent } from './testing/parse-commonmark'
import { HOSTILE_THEME, makeStatementsSnapshot, makeTestSnapshot } from './testing/test-snapshot'

const snapshot = makeTestSnapshot()
const headings = (tree: Root): [number, string][] =>
  tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => [h.depth, textContent(h)])
const blockquotes = (tree: Root): string[] =>
  tree.children.filter((n) => n.type === 'blockquote').map(textContent)
/** Every node of a type, anywhere in the tree. */
function nodesOf<T extends Nodes['type']>(tree: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const out: Nodes[] = []
  const walk = (n: Nodes): void => {
    if (n.type === type) out.push(n)
    if ('children' in n) n.children.forEach((c) => walk(c as Nodes))
  }
  walk(tree)
  return out as Extract<Nodes, { type: T }>[]
}
/** Each quote with the attribution line that follows it. */
const quotesWithAttribution = (tree: Root): [string, string][] =>
  tree.children.flatMap((n, i) => {
    const next = tree.children[i + 1]
    return n.type === 'blockquote' && next ? [[textContent(n), textContent(next)] as [string, string]] : []
  })
const NYT_TITLE = 'Biden weighs lifting ban on U.S. weapons strikes inside Russia'

describe('exportMarkdown', () => {
  const md = exportMarkdown(snapshot)
  const tree = parseCommonMark(md)

  it('has the title, the export line and the themes in codebook order, nested by depth; no empty theme', () => {
    expect(headings(tree)).toEqual([
      [1, 'Long-range strikes: Biden & allies'],
      [2, 'Escalation risk'],
      [3, 'Nuclear signalling'],
      [3, 'Red lines'],
      [2, 'Allied pressure'],
      [3, HOSTILE_THEME],
      [2, 'Annotations without a theme'],
      [3, snapshot.documents[0]!.document.title],
      [2, 'Notes'],
      [3, 'Working hypothesis: escalation *ladder*'],
      [5, 'Escalation ladder'],
      [3, '../../etc/passwd'],
      [2, 'Sources']
    ])
    expect(md).toContain('\n\nExported 2 June 2024 · Scope: whole workspace\n')
    expect(md).not.toContain('No statements.')
  })

  it('passes a CommonMark parse with no HTML node, no machine timestamp and no "…"', () => {
    expect(nodesOf(tree, 'html')).toEqual([])
    expect(md).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/)
    expect(md).not.toContain('…')
    expect(md).not.toContain('javascript:')
  })

  it('keeps empty themes when asked, and a parent theme when only a sub-theme codes something', () => {
    const kept = exportMarkdown(snapshot, undefined, { keepEmptyThemes: true })
    expect(headings(parseCommonMark(kept))).toContainEqual([2, 'Unused theme'])
    expect(kept).toContain('## Unused theme\n\n_No statements._')
    const noParentCoding = structuredClone(snapshot)
    for (const d of noParentCoding.documents) {
      for (const s of d.statements) s.themeIds = s.themeIds.filter((t) => t !== 't-esc')
      for (const a of d.annotations) a.themeIds = a.themeIds.filter((t) => t !== 't-esc')
    }
    const names = headings(parseCommonMark(exportMarkdown(noParentCoding))).map((h) => h[1])
    expect(names.slice(1, 4)).toEqual(['Escalation risk', 'Nuclear signalling', 'Red lines'])
  })

  it('quotes every tagged statement whole, hostile text included, each with speaker, role, document, date and source', () => {
    const quotes = new Map(quotesWithAttribution(tree))
    for (const { statements } of snapshot.documents) {
      for (const s of statements.filter((s) => s.themeIds.length > 0)) expect(quotes.has(s.text)).toBe(true)
    }
    expect(quotes.has("Mr. Biden doesn't have much time.")).toBe(false)
    expect(quotes.get(snapshot.documents[0]!.statements[1]!.text)).toBe(
      `— Jens Stoltenberg (NATO Secretary General), ${NYT_TITLE}, 30 May 2024 1`
    )
    // Unattributed: no speaker, no "Unattributed".
    expect(quotes.get('- A dash line # with hash and `code` 👍.')).toMatch(
      /^— Analyst memo: .*, 1 June 2024 2$/
    )
    for (const [, by] of quotes) expect(by).toMatch(/^— .*, (\d{1,2} [A-Z][a-z]+ \d{4}|undated) \d+$/)
  })

  it('numbers the sources in citation order: each reference has its entry (title, publisher, date, URL)', () => {
    const refs = nodesOf(tree, 'linkReference').map((r) => r.identifier)
    expect(new Set(refs)).toEqual(new Set(['1', '2']))
    const definitions = nodesOf(tree, 'definition')
    expect(definitions.map((d) => [d.identifier, d.url])).toEqual([
      ['1', '#sources'],
      ['2', '#sources']
    ])
    const list =
      tree.children[tree.children.findIndex((n) => n.type === 'heading' && textContent(n) === 'Sources') + 1]
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 1 })
    expect((list as List).children.map(textContent)).toEqual([
      `${NYT_TITLE}. The New York Times, 30 May 2024. https://www.nytimes.com/2024/05/30/us/politics/biden-ukraine-weapons.html`,
      `${snapshot.documents[1]!.document.title}. 1 June 2024.`
    ])
    expect(nodesOf(list as List, 'link').map((l) => l.url)).toEqual([
      'https://www.nytimes.com/2024/05/30/us/politics/biden-ukraine-weapons.html'
    ])
  })

  it('renders annotation notes, cross-references and note citations one way: “whole quote” — Speaker [n]', () => {
    expect(md).toContain('Stoltenberg frames the limits as **self-defeating**')
    expect(md).toContain('[the Economist interview](https://www.economist.com/)')
    expect(md).toMatch(
      /\*\*supports\*\* “We are still making decisions[^”]*” — Antony J\. Blinken \[1\] — Both push to \\\*lift\\\* limits/
    )
    const nye = snapshot.documents[0]!.statements[3]!.text
    expect(md).toContain(`“${nye}” — Joseph S. Nye [1]`)
    // A statement the report does not quote is cited the same way.
    expect(md).toContain("“Mr. Biden doesn't have much time.” [1]")
    expect(md).toContain('_Nuclear signalling_')
    expect(md).toContain('_Created 1 June 2024, updated 2 June 2024_')
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
      'Escalation ladder',
      'Sources'
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
