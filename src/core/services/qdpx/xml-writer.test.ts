import { describe, expect, it } from 'vitest'
import { deterministicUuid } from './deterministic-uuid'
import { parseXml } from './testing/refi-qda-xml'
import { escapeXmlAttr, escapeXmlText, renderXml, renderXmlSteps, type XmlElement } from './xml-writer'

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

describe('renderXmlSteps', () => {
  const notes: XmlElement[] = Array.from({ length: 5 }, (_, i) => ({
    name: 'Note',
    attrs: { n: i },
    children: [{ name: 'Text', children: [`note ${i} & more`] }]
  }))
  const project: XmlElement = {
    name: 'Project',
    children: [
      { name: 'Users' },
      { name: 'Notes', children: notes },
      { name: 'Description', children: ['d'] }
    ]
  }

  it("writes renderXml's text, pausing after each element two levels down (or as deep as asked)", () => {
    const run = (depth?: number) => {
      const steps = renderXmlSteps(project, { pauseDepth: depth })
      let pauses = 0
      for (;;) {
        const next = steps.next()
        if (next.done) return { text: next.value.join(''), pauses }
        pauses++
      }
    }
    // Users and Description, then each note.
    expect(run()).toEqual({ text: renderXml(project), pauses: 2 + notes.length })
    expect(run(1)).toEqual({ text: renderXml(project), pauses: 3 })
  })

  it('writes a verbatim element as the parts given for it', () => {
    const slot: XmlElement = { name: 'Note' }
    const parts = ['    <Note n="9"/>\n', '    <Note n="10"/>\n']
    const withSlot = { ...project, children: [{ name: 'Notes', children: [slot] }] }
    const steps = renderXmlSteps(withSlot, { verbatim: new Map([[slot, parts]]) })
    let next = steps.next()
    while (!next.done) next = steps.next()
    expect(next.value.join('')).toBe(
      renderXml({
        ...project,
        children: [
          {
            name: 'Notes',
            children: [
              { name: 'Note', attrs: { n: 9 } },
              { name: 'Note', attrs: { n: 10 } }
            ]
          }
        ]
      })
    )
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
