import type { IXmlableObject } from 'docx'

const ESCAPES = new Map([
  ['&', '&amp;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
  ['<', '&lt;'],
  ['>', '&gt;']
])

// eslint-disable-next-line no-control-regex -- the control characters XML cannot carry are dropped
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g

const escapeValue = (value: unknown): unknown =>
  typeof value === 'string' ? value.replace(ESCAPED, (c) => ESCAPES.get(c) ?? '') : value

interface Resolved {
  name: string | undefined
  attributes: string[]
  content: unknown[]
}

/**
 * The XML docx writes for an object its components prepared (`prepForXml`), unindented: docx's own writer,
 * which it does not export, quirks and all, so that a part written piece by piece is the same text. The export
 * tests compare a Word file written this way with Packer's.
 */
export function xmlableToString(xmlable: IXmlableObject): string {
  return format(resolve(xmlable))
}

function resolve(data: Record<string, unknown>): Resolved {
  const name = Object.keys(data)[0]
  const values = name === undefined ? undefined : data[name]
  const attributes: string[] = []
  const content: unknown[] = []
  const addAttributes = (attr: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`)
  }
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string }
      if (attr) addAttributes(attr)
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`)
      if (Array.isArray(values)) {
        let isStringContent = false
        content.push('')
        for (const value of values as unknown[])
          if (typeof value === 'object') {
            const child = value as Record<string, unknown>
            if (Object.keys(child)[0] === '_attr') addAttributes(child._attr as Record<string, unknown>)
            else content.push(resolve(child))
          } else {
            content.pop()
            isStringContent = true
            content.push(escapeValue(value))
          }
        if (!isStringContent) content.push('')
      }
    }
  } else content.push(escapeValue(values))
  return { name, attributes, content }
}

function format(element: unknown): string {
  if (typeof element !== 'object') return String(element)
  const { name, attributes, content } = element as Resolved
  const open =
    (name ? `<${name}` : '') +
    (attributes.length > 0 ? ` ${attributes.join(' ')}` : '') +
    (content.length > 0 ? (name ? '>' : '') : '/>')
  if (content.length === 0) return open
  return (
    open +
    content.map((child) => (child === undefined ? '' : format(child))).join('') +
    (name ? `</${name}>` : '')
  )
}
