import type { Blockquote, Nodes, Paragraph, Parents, PhrasingContent } from 'mdast'
import { defaultHandlers, type Handle, type Info, type State } from 'mdast-util-to-markdown'

type Marker = '*' | '_'
type Item = string | { sequence: string; inner: string }
type CharClass = 'letter' | 'space' | 'punctuation'

/**
 * Gives the serialiser a fast path for the report's common paragraphs (and quotes of one): text, strong or emphasis around one text
 * (never two side by side), and numbered shortcut references `[n]`. It takes the steps mdast-util-to-markdown
 * takes for them — each text escaped by `state.safe` with the same neighbours and constructs — without its
 * general machinery for attention, which here always keeps the preferred markers and encodes nothing: each side
 * of a strong or emphasis has a letter or punctuation inside and, outside, whitespace, punctuation, or a letter
 * beside a letter inside when the marker is `*` (CommonMark's flanking rules). Any other paragraph, or one where
 * that does not hold, goes to the state's own handler.
 *
 * Only installed when the handlers it stands in for are the library's own.
 */
export function usePlainParagraphs(state: State, written: WeakMap<Nodes, string>): void {
  const h = state.handlers
  if (
    h.text !== defaultHandlers.text ||
    h.strong !== defaultHandlers.strong ||
    h.emphasis !== defaultHandlers.emphasis ||
    h.linkReference !== defaultHandlers.linkReference ||
    h.blockquote !== defaultHandlers.blockquote
  )
    return
  const strong = state.options.strong || '*'
  const emphasis = state.options.emphasis || '*'
  if (!isMarker(strong) || !isMarker(emphasis)) return
  const digitsInert = !state.unsafe.some((p) => /[0-9]/.test(p.character))
  const fallback = h.paragraph
  const sequences = { strong: strong + strong, emphasis }
  // At the top level (no construct around, a line before and after) a paragraph or a quote is written the same
  // wherever it is: a node met again (the report shares them) is not written again. Their only effect on the
  // state, clearing the last bullet, the container repeats after them.
  const once =
    (handle: Handle): Handle =>
    (node: Nodes, parent, st, info) => {
      const top =
        parent?.type === 'root' && st.stack.length === 0 && info.before === '\n' && info.after === '\n'
      if (!top) return handle(node, parent, st, info)
      let out = written.get(node)
      if (out === undefined) {
        out = handle(node, parent, st, info)
        written.set(node, out)
      }
      return out
    }

  const write: Handle = (node: Paragraph, parent, st, info) =>
    (plainShape(node, parent, digitsInert) ? plainParagraph(node, st, info, sequences) : undefined) ??
    fallback(node, parent, st, info)
  const quote = h.blockquote
  // A quote of one plain paragraph: the library's blockquote, less its container (one child, a line around it).
  h.blockquote = once((node: Blockquote, parent, st, info) => {
    const [only, ...more] = node.children
    let value: string | undefined
    if (more.length === 0 && only?.type === 'paragraph' && plainShape(only, node, digitsInert)) {
      const exit = st.enter('blockquote')
      value = plainParagraph(only, st, { ...info, before: '\n', after: '\n' }, sequences)
      exit()
    }
    if (value === undefined) return quote(node, parent, st, info)
    st.bulletLastUsed = undefined
    return st.indentLines(value, (line, _, blank) => '>' + (blank ? '' : ' ') + line)
  })
  h.paragraph = once(write)
}

function plainShape(node: Paragraph, parent: Parents | undefined, digitsInert: boolean): boolean {
  // A task list item's paragraph starts with its check box.
  if (parent?.type === 'listItem' && typeof parent.checked === 'boolean') return false
  const children = node.children
  if (children.length === 0) return false
  let afterAttention = false
  for (const c of children) {
    if (c.type === 'text') {
      if (c.value === '') return false
      afterAttention = false
    } else if (c.type === 'strong' || c.type === 'emphasis') {
      const inner = c.children[0]
      if (afterAttention || c.children.length !== 1 || inner?.type !== 'text' || inner.value === '')
        return false
      afterAttention = true
    } else if (c.type === 'linkReference') {
      const inner = c.children[0]
      if (
        !digitsInert ||
        c.referenceType !== 'shortcut' ||
        c.children.length !== 1 ||
        inner?.type !== 'text' ||
        inner.value !== c.label ||
        !/^[0-9]+$/.test(inner.value)
      )
        return false
      afterAttention = false
    } else return false
  }
  return true
}

/** The paragraph as mdast-util-to-markdown writes it, or undefined when it is not plain after all. */
function plainParagraph(
  node: Paragraph,
  state: State,
  info: Info,
  sequences: { strong: string; emphasis: string }
): string | undefined {
  if (info.before === '' || info.after === '' || /^[*_]/.test(info.before) || /^[*_]/.test(info.after))
    return undefined
  const children = node.children
  const items: Item[] = []
  const exitParagraph = state.enter('paragraph')
  const exitPhrasing = state.enter('phrasing')
  try {
    let before = info.before
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!
      if (c.type === 'strong' || c.type === 'emphasis') {
        const sequence = sequences[c.type]
        const exit = state.enter(c.type)
        const inner = state.safe((c.children[0] as { value: string }).value, {
          before: sequence,
          after: sequence
        })
        exit()
        items.push({ sequence, inner })
        before = lastCharacter(sequence)
      } else if (c.type === 'linkReference') {
        items.push(`[${c.label!}]`)
        before = ']'
      } else {
        const value = (c as { value: string }).value
        const after = i + 1 < children.length ? peek(children, i + 1, state) : info.after
        const out = state.safe(value, {
          before,
          after,
          beforeNode: children[i - 1],
          afterNode: children[i + 1]
        })
        items.push(out)
        before = lastCharacter(out)
      }
    }
  } finally {
    exitPhrasing()
    exitParagraph()
  }
  let out = ''
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!
    if (typeof item === 'string') {
      out += item
      continue
    }
    const outsideBefore = k > 0 ? (items[k - 1] as string) : info.before
    const outsideAfter = k + 1 < items.length ? (items[k + 1] as string) : info.after
    const marker = item.sequence.charAt(0) as Marker
    if (
      !plainSide(classOf(outsideBefore, -1), classOf(item.inner, 0), marker) ||
      !plainSide(classOf(outsideAfter, 0), classOf(item.inner, -1), marker)
    )
      return undefined
    out += item.sequence + item.inner + item.sequence
  }
  return out
}

/**
 * The first character of the next child as the library peeks at it: a text is escaped with nothing around it,
 * with the neighbours the current child sees.
 */
function peek(children: PhrasingContent[], j: number, state: State): string {
  const c = children[j]!
  if (c.type === 'strong') return firstCharacter(state.options.strong || '*')
  if (c.type === 'emphasis') return firstCharacter(state.options.emphasis || '*')
  if (c.type === 'linkReference') return '['
  return firstCharacter(
    state.safe((c as { value: string }).value, {
      before: '',
      after: '',
      beforeNode: children[j - 2] as Nodes | undefined,
      afterNode: c
    })
  )
}

/** Whether a marker beside these characters opens (or closes) and needs nothing encoded. */
function plainSide(outside: CharClass, inside: CharClass, marker: Marker): boolean {
  if (inside === 'space') return false
  if (outside === 'letter') return inside === 'letter' && marker === '*'
  return true
}

/** micromark's character groups, for the UTF-16 unit at `at` (0: first, -1: last). */
function classOf(s: string, at: 0 | -1): CharClass {
  const ch = s.charAt(at === 0 ? 0 : s.length - 1)
  if (/\s/.test(ch)) return 'space'
  if (/\p{P}|\p{S}/u.test(ch)) return 'punctuation'
  return 'letter'
}

function isMarker(m: string): m is Marker {
  return m === '*' || m === '_'
}

function firstCharacter(value: string): string {
  const code = value.codePointAt(0)
  return code === undefined ? '' : String.fromCodePoint(code)
}

function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2)
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1)
}
