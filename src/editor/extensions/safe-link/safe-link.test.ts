// @vitest-environment jsdom
import type { JSONContent } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, describe, expect, it } from 'vitest'
import { destroyEditors, editorWith } from '../../testing/editor-harness'
import { isAllowedLink, SafeLink } from '.'

afterEach(destroyEditors)

describe('isAllowedLink', () => {
  it.each([
    ['https://example.org', true],
    ['http://x.y/z', true],
    ['mailto:a@b.c', true],
    ['MAILTO:a@b.c', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,x', false],
    ['//evil.example', false]
  ])('%s -> %s', (url, ok) => {
    expect(isAllowedLink(url)).toBe(ok)
  })
})

describe('SafeLink', () => {
  const linked = (href: string) => [
    { type: 'text', text: 'here', marks: [{ type: 'link', attrs: { href } }] }
  ]
  const editor = (content: JSONContent[] = []) =>
    editorWith([StarterKit.configure({ link: false }), SafeLink], content)

  it('keeps a web link, and shows a stored link of another kind without its target', () => {
    const e = editor(linked('https://example.org'))
    expect(e.view.dom.querySelector('a')?.getAttribute('href')).toBe('https://example.org')
    e.commands.setContent({
      type: 'doc',
      content: [{ type: 'paragraph', content: linked('javascript:alert(1)') }]
    })
    expect(e.view.dom.querySelector('a')?.getAttribute('href')).toBe('')
  })

  it('drops the link of HTML (pasted or loaded) whose target is not allowed, keeping its text', () => {
    const e = editor()
    e.commands.setContent('<p><a href="javascript:alert(1)">x</a> <a href="mailto:a@b.c">y</a></p>')
    const marks = e.getJSON().content?.[0]?.content?.map((n) => n.marks?.[0]?.attrs?.href ?? null)
    expect(marks).toEqual([null, 'mailto:a@b.c'])
    expect(e.getText()).toBe('x y')
  })

  it('does not follow a link on click', () => {
    expect(SafeLink.options.openOnClick).toBe(false)
  })
})
