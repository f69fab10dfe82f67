import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import mammoth from 'mammoth'
import type { Nodes } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { cliWorkspace } from './testing/cli-workspace'

const { root, run, json } = cliWorkspace('dossier-cli-report-')

const walk = (node: Nodes, visit: (n: Nodes) => void): void => {
  visit(node)
  if ('children' in node) for (const c of node.children) walk(c as Nodes, visit)
}
const textOf = (node: Nodes): string =>
  'value' in node
    ? node.value
    : 'children' in node
      ? node.children.map((c) => textOf(c as Nodes)).join('')
      : ''

describe('the report of a coded seed workspace', { timeout: 120_000 }, () => {
  it('Markdown: CommonMark without HTML nodes; Word: the same quotes and sources in mammoth', async () => {
    expect((await run('init')).code).toBe(0)
    const statements = (await json('statements')) as { id: string; text: string; speaker: string | null }[]
    const [a, b, c] = statements
    expect((await run('tag', a!.id, 'Escalation risk')).code).toBe(0)
    expect((await run('tag', b!.id, 'Nuclear signalling', 'Alliance unity')).code).toBe(0)
    expect((await run('tag', c!.id, 'Alliance unity')).code).toBe(0)
    expect((await run('link', a!.id, b!.id, '--relation', 'supports')).code).toBe(0)

    const md = join(root(), 'report.md')
    expect((await run('export', '--format', 'markdown', '--out', md)).code).toBe(0)
    const markdown = await readFile(md, 'utf8')
    const tree = unified().use(remarkParse).parse(markdown)
    const html: string[] = []
    const quotes: string[] = []
    walk(tree, (n) => {
      if (n.type === 'html') html.push(n.value)
      if (n.type === 'blockquote') quotes.push(textOf(n))
    })
    expect(html).toEqual([])
    expect(quotes).toEqual([a!.text, b!.text, b!.text, c!.text])
    expect(markdown).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/)
    expect(markdown).not.toContain('No statements.')
    expect(markdown).toMatch(/\n## Sources\n\n1\. _[^\n]+_\. [^\n]*\d{4}\.[^\n]*\n/)

    const docx = join(root(), 'report.docx')
    expect((await run('export', '--format', 'docx', '--out', docx)).code).toBe(0)
    const buffer = await readFile(docx)
    const word = await mammoth.convertToHtml(
      { buffer },
      { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] }
    )
    const wordQuotes = [...word.value.matchAll(/<blockquote><p>(.*?)<\/p><\/blockquote>/g)].map((m) =>
      m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    )
    expect(wordQuotes).toEqual(quotes)
    const sources = [...markdown.matchAll(/^(\d+)\. (.+)$/gm)].map((m) => [
      m[1],
      textOf(unified().use(remarkParse).parse(m[2]!))
    ])
    expect(sources.length).toBeGreaterThan(0)
    const raw = (await mammoth.extractRawText({ buffer })).value
    for (const [n, entry] of sources) expect(raw).toContain(`[${n}]\t${entry}`)

    const kept = join(root(), 'kept.md')
    expect((await run('export', '--format', 'markdown', '--keep-empty-themes', '--out', kept)).code).toBe(0)
    expect(await readFile(kept, 'utf8')).toContain('_No statements._')

    const page = join(root(), 'report.html')
    expect((await run('export', '--format', 'html', '--out', page)).code).toBe(0)
    expect(await readFile(page, 'utf8')).toContain('@media print')
  })
})
