import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JSDOM, VirtualConsole } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { htmlNestingDepth, MAX_NESTING_DEPTH } from './html-nesting-depth'

const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() })

/** How deep the parser's tree really is: elements under `<body>` (and `<head>`), the first level being 1. */
function domDepth(html: string): number {
  const document = new window.DOMParser().parseFromString(html, 'text/html')
  let max = 0
  const stack: [Element, number][] = []
  for (const part of Array.from(document.documentElement.children)) {
    for (const child of Array.from(part.children)) stack.push([child, 1])
  }
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!
    max = Math.max(max, depth)
    for (const child of Array.from(el.children)) stack.push([child, depth + 1])
  }
  return max
}

const PAGES = join(__dirname, '../../../../test-fixtures/web-pages')

describe('htmlNestingDepth', () => {
  it('finds the depth the parser builds on each saved news page', () => {
    const names = readdirSync(PAGES, { withFileTypes: true }).filter((e) => e.isDirectory())
    expect(names.length).toBeGreaterThanOrEqual(20)
    for (const { name } of names) {
      const html = readFileSync(join(PAGES, name, 'source.html'), 'utf8')
      expect({ name, depth: htmlNestingDepth(html) }).toEqual({ name, depth: domDepth(html) })
    }
  }, 120_000)

  it('follows the parser on implied end tags, void and self-closing elements, tables and foreign content', () => {
    const cases = [
      '<p>one<p>two<p>three<div>block</div>',
      '<ul><li>a<li>b<li><ul><li>c<li>d</ul><li>e</ul>',
      '<dl><dt>a<dd>b<dt>c<dd><div>d</div></dl>',
      '<table><tr><td>a<td>b<tr><td><table><tr><td>c</table></table>',
      '<table><td>no tbody or tr</td></table>',
      '<select><option>a<option>b<optgroup><option>c</select>',
      '<h1>a<h2>b</h1>c',
      '<div><span><b>x</span></b></div><div></div>',
      '<a href=1>one<a href=2>two<a href=3>three',
      '<p>x<br><img src=a><input><hr><wbr>y',
      '<svg><g><path d="M0"/><circle r=1 /></g></svg>',
      '<svg><g d=x/><g/></svg>',
      '<svg><foreignObject><div><svg><rect/></svg></div></foreignObject></svg>',
      '<svg><g><p>breaks out of svg<span>x</span></p></g></svg>',
      '<math><mi><div>x</div></mi><mo/></math>',
      '<div title="a>b" data-x=\'</div>\'><span>x</span></div>',
      '<div></div foo="bar>"><p>after</p>',
      '<form><div><form><div>x</div></form></div></form>',
      '<script><div><div><div></script><p>x',
      '<textarea><div><div></textarea><p>x',
      '<!-- <div><div><div> --><p>x',
      '<!--><div><div>x</div></div>',
      '<!---><div><div>x</div></div>',
      '<!-- a --!><div><div>x</div></div>',
      '<![CDATA[<div><div>]]><p>x',
      '<svg><![CDATA[<g><g>]]><rect/></svg>',
      '<?php echo "<div>" ?><p>x',
      '</><div>x</div>'
    ]
    for (const html of cases) {
      expect({ html, depth: htmlNestingDepth(html) }).toEqual({ html, depth: domDepth(html) })
    }
  })

  it('never finds less than the parser builds on tricky misnesting', () => {
    const cases = [
      '<b><div></b><b><div></b><b><div></b>x',
      '<p><b><i>x</p><p>y</p>',
      `${'<font size=2>text '.repeat(40)}`,
      `${'<svg><div/>'.repeat(30)}`,
      `<table>${'<div>'.repeat(30)}</table>`,
      `${'<button><button>'.repeat(10)}x`
    ]
    for (const html of cases) expect(htmlNestingDepth(html)).toBeGreaterThanOrEqual(domDepth(html))
  })

  it('sees 20,000 nested elements, however they are written, and stops counting past the limit quickly', () => {
    const n = 20_000
    const deep = [
      '<div>'.repeat(n),
      '<div/>'.repeat(n),
      `<svg>${'<g>'.repeat(n)}`,
      `<svg>${'<g d=x/>'.repeat(n)}`,
      `<!--><!---->${'<span>'.repeat(n)}`,
      `<script></script >${'<b>'.repeat(n)}`
    ]
    for (const html of deep) {
      const started = performance.now()
      expect(htmlNestingDepth(html, MAX_NESTING_DEPTH)).toBe(MAX_NESTING_DEPTH + 1)
      expect(performance.now() - started).toBeLessThan(500)
    }
    expect(htmlNestingDepth('<div>'.repeat(n))).toBe(n)
  })

  it('does not count what is not nesting: 20,000 unclosed paragraphs, list items and cells are 1–3 levels', () => {
    const n = 20_000
    expect(htmlNestingDepth('<p>x'.repeat(n))).toBe(1)
    expect(htmlNestingDepth(`<ul>${'<li>x'.repeat(n)}</ul>`)).toBe(2)
    expect(htmlNestingDepth(`<table>${'<tr><td>x'.repeat(n)}</table>`)).toBe(4)
    expect(htmlNestingDepth(`<p>${'<br>'.repeat(n)}`)).toBe(2)
    expect(htmlNestingDepth(`<!--${'<div>'.repeat(n)}-->`)).toBe(0)
  })
})
