import { describe, expect, it } from 'vitest'
import { deterministicUuid } from './deterministic-uuid'
import { parseXml } from './testing/refi-qda-xml'
import { escapeXmlAttr, escapeXmlText, renderXml } from './xml-writer'

describe('xml writer', () => {
  it('escapes text and attributes so a parser reads back the same strings', () => {
    const nasty = `a & b < c > d " e ' f ]]> g\r\nh\ti 🚀`
    const xml = renderXml({
      name: 'r',
      attrs: { v: nasty, skip: undefined, n: 3 },
      children: [{ name: 't', children: [nasty] }]
    })
    const doc = parseXml(xml)
    expect(doc.documentElement.getAttribute('v')).toBe(nasty)
    expect(doc.documentElement.hasAttribute('skip')).toBe(false)
    expect(doc.documentElement.getAttribute('n')).toBe('3')
    expect(doc.getElementsByTagName('t')[0]!.textContent).toBe(nasty)
  })

  it('drops characters XML 1.0 cannot carry', () => {
    expect(escapeXmlText('a\u0000b\u0008c\ufffed\ud800e')).toBe('abcde')
    expect(escapeXmlAttr('x\ny')).toBe('x&#10;y')
  })

  it('refuses invalid names and mixed content', () => {
    expect(() => renderXml({ name: '1bad' })).toThrow()
    expect(() => renderXml({ name: 'a', attrs: { 'b c': 1 } })).toThrow()
    expect(() => renderXml({ name: 'a', children: ['x', { name: 'b' }] })).toThrow()
  })
})

describe('deterministicUuid', () => {
  it('is a stable version-5 UUID that depends on every part', () => {
    const a = deterministicUuid('ws', 'theme', 't-1')
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(deterministicUuid('ws', 'theme', 't-1')).toBe(a)
    expect(deterministicUuid('ws', 'theme', 't-2')).not.toBe(a)
    expect(deterministicUuid('ws2', 'theme', 't-1')).not.toBe(a)
    expect(deterministicUuid('ws', 'theme-t', '1')).not.toBe(deterministicUuid('ws', 'theme', 't-1'))
  })
})
