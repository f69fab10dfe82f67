import fc from 'fast-check'
import { posix } from 'node:path'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { exportObsidian } from './export-obsidian'
import { parseCommonMark, textContent } from './testing/parse-commonmark'
import { makeStatementsSnapshot, makeTestSnapshot } from './testing/test-snapshot'

const snapshot = makeTestSnapshot()

function split(file: string): { front: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(file)
  if (!m) throw new Error('no front matter')
  return { front: YAML.parse(m[1]!) as Record<string, unknown>, body: m[2]! }
}

/**
 * Every `[[target]]` / `![[target]]` in the vault must point at a file (and block) that exists. Front matter is
 * checked only where we put links (theme `parent`, note `themes`); elsewhere it holds user text verbatim.
 */
function checkLinks(vault: Map<string, string>): number {
  let count = 0
  for (const [path, file] of vault) {
    const { front, body } = split(file)
    const content = [
      body,
      String(front['parent'] ?? ''),
      ...((front['type'] === 'note' ? front['themes'] : []) as string[])
    ].join('\n')
    for (const m of content.matchAll(/!?\[\[([^\]|#]+)(?:#\^([A-Za-z0-9-]+))?(?:\|[^\]]*)?\]\]/g)) {
      count++
      const file = vault.get(`${m[1]}.md`)
      expect(file, `${path} links to missing ${m[1]}`).toBeDefined()
      if (m[2])
        expect(file, `${path} links to missing block ^${m[2]}`).toMatch(new RegExp(`^\\^${m[2]}$`, 'm'))
    }
  }
  return count
}

describe('exportObsidian', () => {
  const vault = exportObsidian(snapshot)

  it('writes one page per theme, speaker, document and note, at safe relative paths', () => {
    const paths = [...vault.keys()]
    expect(paths.filter((p) => p.startsWith('Themes/'))).toHaveLength(6)
    expect(paths.filter((p) => p.startsWith('Speakers/'))).toHaveLength(6)
    expect(paths.filter((p) => p.startsWith('Documents/'))).toHaveLength(2)
    expect(paths.filter((p) => p.startsWith('Notes/'))).toHaveLength(2)
    for (const p of paths) {
      expect(p).toMatch(/^(Themes|Speakers|Documents|Notes)\/[^/\\:*?"<>|#^[\]]+\.md$/)
      expect(posix.normalize(p)).toBe(p)
      expect(p.split('/').some((seg) => seg.startsWith('.'))).toBe(false)
    }
    expect(vault.has('Notes/etc passwd.md')).toBe(true)
    expect(vault.has('Themes/Policy red lines what now 1 script alert(1) script 🚀.md')).toBe(true)
  })

  it('writes no "Unattributed" line: an unattributed statement carries its themes alone', () => {
    const memo = [...vault.entries()].find(([p]) => p.startsWith('Documents/Analyst memo'))![1]
    expect(memo).not.toContain('Unattributed')
    const unattributed = memo.slice(memo.indexOf('> \\- A dash line'))
    expect(unattributed).toMatch(/^> \\- A dash line[^\n]*\n\n\^[\w-]+\n\n\[\[Themes\//)
    for (const page of vault.values()) expect(page).not.toContain('Unattributed')
  })

  it('resolves every wikilink and embed to an existing page and block', () => {
    expect(checkLinks(vault)).toBeGreaterThan(40)
  })

  it('quotes every statement exactly with a block id, in the document pages', () => {
    for (const { document, statements } of snapshot.documents) {
      const page = [...vault].find(
        ([p]) => p.startsWith('Documents/') && split(vault.get(p)!).front['id'] === document.id
      )
      const { front, body } = split(page![1])
      expect(front).toMatchObject({ type: 'document', title: document.title, imported: document.importedAt })
      const quotes = parseCommonMark(body)
        .children.filter((n) => n.type === 'blockquote')
        .map(textContent)
      for (const s of statements) {
        expect(quotes).toContain(s.text)
        expect(body).toContain(`\n^${s.id.replace(/[^A-Za-z0-9-]/g, '-')}\n`)
      }
    }
  })

  it('gives theme pages front matter, embeds, and nested tags', () => {
    const { front, body } = split(vault.get('Themes/Nuclear signalling.md')!)
    expect(front).toEqual({
      type: 'theme',
      id: 't-nuc',
      name: 'Nuclear signalling',
      aliases: [],
      path: 'Escalation risk > Nuclear signalling',
      color: '#9467bd',
      parent: '[[Themes/Escalation risk]]',
      tags: ['escalation-risk/nuclear-signalling']
    })
    const doc = 'Documents/Biden weighs lifting ban on U.S. weapons strikes inside Russia'
    expect(body).toContain(`![[${doc}#^doc-nyt-4]]`)
    expect(body).toContain(`[[${doc}#^doc-nyt-4|“Putin is wielding`)
    expect(body).toContain(`![[${doc}#^ann-a-5]]`)
    const memo = vault.get("Documents/Analyst memo draft script alert('x') script 🚀.md")!
    expect(memo).toContain('[[Themes/Escalation risk|Escalation risk]] #escalation-risk')
    expect(memo).toContain('#allied-pressure/policy-red-lines-what-now-1-scriptalert1script')
  })

  it('writes cross-references with their relation, both ways', () => {
    const nyt = vault.get('Documents/Biden weighs lifting ban on U.S. weapons strikes inside Russia.md')!
    expect(nyt).toContain(
      '- **supports** → [[Documents/Biden weighs lifting ban on U.S. weapons strikes inside Russia#^doc-nyt-1|'
    )
    expect(nyt).toMatch(/\[\[Documents\/Analyst memo[^\]]*#\^memo-2-1\|[^\]]*\]\] \*\*elaborates\*\* this/)
  })

  it('escapes Obsidian syntax in text, and renders note chips as block links', () => {
    const memo = vault.get("Documents/Analyst memo draft script alert('x') script 🚀.md")!
    expect(memo).toContain('> \\- A dash line \\# with hash')
    expect(split(memo).body).not.toMatch(/(?<!\\)<(script|img|b)\b/)
    const { front, body } = split(vault.get('Notes/Working hypothesis escalation ladder.md')!)
    expect(front).toMatchObject({ type: 'note', id: 'n-1', themes: ['[[Themes/Nuclear signalling]]'] })
    expect(body).toContain('#^doc-nyt-4|Putin is wielding the nuclear saber]]')
    expect(body).not.toContain('javascript:')
  })

  it('survives hostile and colliding names', () => {
    const hostile: WorkspaceSnapshot = structuredClone(snapshot)
    const names = ['../../etc/passwd', 'CON', 'a/b', '🚀', '.', 'Same', 'same']
    hostile.speakers = names.map((name, i) => ({ id: `sp-${i}`, name, aliases: [], role: null }))
    hostile.documents[0]!.statements.forEach((s, i) => (s.speakerId = `sp-${i}`))
    hostile.documents[0]!.document.title = '..\\..\\windows\\system32'
    hostile.themes[0]!.name = 'Théme: "1" | [x]'
    const out = exportObsidian(hostile)
    const speakers = [...out.keys()].filter((p) => p.startsWith('Speakers/')).sort()
    expect(speakers).toEqual(
      [
        'Speakers/a b.md',
        'Speakers/etc passwd.md',
        'Speakers/sp-4.md',
        'Speakers/Same.md',
        'Speakers/same (2).md',
        'Speakers/_CON.md',
        'Speakers/🚀.md'
      ].sort()
    )
    expect(out.has('Documents/windows system32.md')).toBe(true)
    expect(out.has('Themes/Théme 1 x.md')).toBe(true)
    checkLinks(out)
  })

  it('restricts to a scope', () => {
    const out = exportObsidian(snapshot, { themeId: 't-esc', documentId: 'doc-nyt' })
    expect([...out.keys()].filter((p) => p.startsWith('Themes/')).sort()).toEqual([
      'Themes/Escalation risk.md',
      'Themes/Nuclear signalling.md',
      'Themes/Red lines.md'
    ])
    expect([...out.keys()].filter((p) => p.startsWith('Documents/'))).toHaveLength(1)
    checkLinks(out)
  })

  it('quotes any statement text exactly in the document page, and names stay safe (property)', () => {
    const piece = fc.constantFrom(
      ...[
        '*',
        '_',
        '#',
        '^',
        '%%',
        '==',
        '$',
        '[[',
        ']]',
        '|',
        '<',
        '>',
        '`',
        '\\',
        ' ',
        '\n',
        '1. ',
        '- ',
        '> '
      ],
      ...['#tag', '^block', 'word', '🚀', '../', 'CON', '.']
    )
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), text, text, (texts, title, theme) => {
        const out = exportObsidian(
          makeStatementsSnapshot(texts, { title, theme: theme || 'x', speaker: title || 'y' })
        )
        for (const p of out.keys())
          expect(p).toMatch(/^(Themes|Speakers|Documents|Notes)\/[^/\\:*?"<>|#^[\].][^/\\:*?"<>|#^[\]]*\.md$/)
        const page = [...out].find(([p]) => p.startsWith('Documents/'))![1]
        const quotes = parseCommonMark(split(page).body)
          .children.filter((n) => n.type === 'blockquote')
          .map(textContent)
        expect(quotes).toEqual(texts)
        checkLinks(out)
      }),
      { numRuns: 200 }
    )
  })
})
