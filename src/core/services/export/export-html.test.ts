import { describe, expect, it } from 'vitest'
import { exportHtml } from './export-html'
import { exportMarkdown } from './export-markdown'
import { htmlText } from './testing/html-text'
import { allBlockquotes, parseCommonMark, textContent } from './testing/parse-commonmark'
import { makeStatementsSnapshot, makeTestSnapshot } from './testing/test-snapshot'

const snapshot = makeTestSnapshot()

describe('exportHtml', () => {
  const html = exportHtml(snapshot)

  it('is one self-contained page with a print stylesheet and no script or outside resource', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/)
    expect(html).toMatch(/<style>[\s\S]*@media print \{[\s\S]*\}[\s\S]*<\/style>/)
    expect(html).toContain('@page')
    const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)]
    const names = new Set(tags.map((t) => t[1]!.toLowerCase()))
    for (const bad of ['script', 'link', 'img', 'iframe', 'object']) expect(names).not.toContain(bad)
    const attributes = new Set(tags.flatMap((t) => [...t[2]!.matchAll(/\s([a-z-]+)="/g)].map((a) => a[1])))
    expect([...attributes].sort()).toEqual(['charset', 'class', 'content', 'href', 'id', 'lang', 'name'])
  })

  it('has the structure of the Markdown report: headings, quotes, sources', () => {
    const md = parseCommonMark(exportMarkdown(snapshot))
    const headings = [...html.matchAll(/<h(\d)[^>]*>(.*?)<\/h\1>/g)].map((m) => [
      Number(m[1]),
      htmlText(m[2]!)
    ])
    expect(headings).toEqual(
      md.children
        .filter((n) => n.type === 'heading')
        .map((h) => [h.type === 'heading' && h.depth, textContent(h)])
    )
    const quotes = [...html.matchAll(/<blockquote><p>(.*?)<\/p><\/blockquote>/g)].map((m) => htmlText(m[1]!))
    expect(quotes).toEqual(allBlockquotes(md))
    expect(html).toContain('<h2 id="sources">Sources</h2>')
    expect(html).toContain(
      '<li id="source-1"><em>Biden weighs lifting ban on U.S. weapons strikes inside Russia</em>. The New York Times, 30 May 2024. <a href="https://www.nytimes.com/2024/05/30/us/politics/biden-ukraine-weapons.html">'
    )
    expect(html).toContain('<sup class="ref"><a href="#source-1">[1]</a></sup>')
  })

  it('escapes hostile titles, names and quotes: nothing from the workspace becomes markup', () => {
    const hostile = '</title><script>alert(1)</script><img src=x onerror=alert(2)> & "q" \'a\''
    const out = exportHtml(
      makeStatementsSnapshot([hostile, '<style>body{display:none}</style>'], {
        theme: `<h1>${hostile}`,
        speaker: hostile,
        title: hostile
      })
    )
    expect(out).not.toMatch(/<script|<img|<\/title><|<style>body/i)
    expect(out.match(/<title>/g)).toHaveLength(1)
    expect(out).toContain(
      '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &quot;q&quot; &#39;a&#39;'
    )
    const quotes = [...out.matchAll(/<blockquote><p>(.*?)<\/p><\/blockquote>/g)].map((m) => htmlText(m[1]!))
    expect(quotes).toEqual([hostile, '<style>body{display:none}</style>'])
  })
})
