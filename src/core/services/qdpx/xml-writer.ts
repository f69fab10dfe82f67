/** An XML element: attributes are written in the given order, `undefined` ones are left out. */
export interface XmlElement {
  name: string
  attrs?: Record<string, string | number | boolean | undefined>
  children?: (XmlElement | string)[]
}

/** Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Drops the characters XML 1.0 cannot represent, even as references. */
export const xmlSafe = (s: string): string => s.replace(NOT_XML, '')

/** Text content: `& < >` escaped, and CR as `&#13;` so parsers do not fold CRLF into LF. */
export function escapeXmlText(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
}

/** Attribute values: also `"`, and tab/LF/CR as references so attribute normalisation keeps them. */
export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/

/** Serialises an element tree with a UTF-8 XML declaration. Element order is exactly the order given. */
export function renderXml(root: XmlElement): string {
  const steps = renderXmlSteps(root)
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value.join('')
  }
}

export interface RenderXmlOptions {
  /** Elements written as the given parts instead: their own text, rendered at their depth. */
  verbatim?: ReadonlyMap<XmlElement, readonly string[]>
  /** How many levels down the elements are after which it pauses (2: each of a project's notes, say). */
  pauseDepth?: number
}

/**
 * renderXml's text in parts (to join), pausing after each element `pauseDepth` levels down, so that a long
 * document can be written with turns for other work.
 */
export function* renderXmlSteps(root: XmlElement, options: RenderXmlOptions = {}): Generator<void, string[]> {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n']
  yield* writeInSteps(root, 0, out, options.verbatim ?? new Map(), options.pauseDepth ?? 2)
  return out
}

type Verbatim = ReadonlyMap<XmlElement, readonly string[]>

function* writeInSteps(
  el: XmlElement,
  depth: number,
  out: string[],
  verbatim: Verbatim,
  pauseDepth: number
): Generator<void> {
  const children = el.children ?? []
  if (
    depth >= pauseDepth ||
    verbatim.has(el) ||
    children.length === 0 ||
    children.some((c) => typeof c === 'string')
  ) {
    write(el, depth, out, verbatim)
    yield
    return
  }
  out.push(`${openTag(el, depth)}>\n`)
  for (const c of children) yield* writeInSteps(c as XmlElement, depth + 1, out, verbatim, pauseDepth)
  out.push(`${'  '.repeat(depth)}</${el.name}>\n`)
}

function write(el: XmlElement, depth: number, out: string[], verbatim: Verbatim): void {
  const given = verbatim.get(el)
  if (given) {
    for (const part of given) out.push(part)
    return
  }
  out.push(openTag(el, depth))
  const children = el.children ?? []
  if (children.length === 0) {
    out.push('/>\n')
  } else if (children.every((c) => typeof c === 'string')) {
    // Text-only content is written inline: no indentation whitespace may leak into it.
    out.push(`>${children.map((c) => escapeXmlText(c as string)).join('')}</${el.name}>\n`)
  } else {
    out.push('>\n')
    for (const c of children) {
      if (typeof c === 'string') throw new Error(`mixed content in <${el.name}> is not supported`)
      write(c, depth + 1, out, verbatim)
    }
    out.push(`${'  '.repeat(depth)}</${el.name}>\n`)
  }
}

/** `<name attr="value"…`, indented, without its end. */
function openTag(el: XmlElement, depth: number): string {
  if (!NAME.test(el.name)) throw new Error(`invalid XML name "${el.name}"`)
  let tag = `${'  '.repeat(depth)}<${el.name}`
  for (const [k, v] of Object.entries(el.attrs ?? {})) {
    if (v === undefined) continue
    if (!NAME.test(k)) throw new Error(`invalid XML attribute name "${k}"`)
    tag += ` ${k}="${escapeXmlAttr(String(v))}"`
  }
  return tag
}
