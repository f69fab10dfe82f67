export { MAX_NESTING_DEPTH } from './limits'

const VOID = new Set(
  'area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr'.split(
    ' '
  )
)
/** Never on the stack: the parser has exactly one of each. */
const FRAME = new Set(['html', 'head', 'body'])
/** Content is text up to the matching end tag (outside SVG and MathML). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'])
const SPECIAL = new Set(
  (
    'address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup ' +
    'dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head ' +
    'header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes ' +
    'noscript object ol p param plaintext pre script search section select source style summary table tbody td ' +
    'template textarea tfoot th thead title tr track ul wbr xmp'
  ).split(' ')
)
/** Start tags that close an open `<p>`. */
const CLOSES_P = new Set(
  (
    'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre listing search section summary table ul li dd dt xmp'
  ).split(' ')
)
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Scope boundaries of the parser's "has an element in scope" (HTML, MathML and SVG ones, by name). */
const SCOPE = [
  'applet',
  'caption',
  'html',
  'table',
  'td',
  'th',
  'marquee',
  'object',
  'template',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title'
]
const BUTTON_SCOPE = [...SCOPE, 'button']
const LIST_SCOPE = [...SCOPE, 'ol', 'ul']
const TABLE_SCOPE = ['html', 'table', 'template']
const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption'])
const INTEGRATION_POINTS = new Set([
  'foreignobject',
  'desc',
  'title',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml'
])
/** HTML start tags that end SVG or MathML content. */
const BREAKOUT = new Set(
  (
    'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu ' +
    'meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var font'
  ).split(' ')
)

interface Open {
  name: string
  foreign: boolean
}

/**
 * How deeply the elements of an HTML string nest, found by one linear scan of the string, without building a
 * DOM. It follows the parser's rules that matter for depth (void elements; unclosed `<p>`, `<li>`, `<dd>`,
 * `<td>`, `<tr>`, `<option>` closed by their successors; end tags out of scope ignored; comments, raw text,
 * SVG and MathML self-closing tags), and errs high, never low, where it simplifies (misnested formatting
 * tags). Stops and returns as soon as the depth passes `limit`.
 */
export function htmlNestingDepth(html: string, limit = Infinity): number {
  const s = html.toLowerCase()
  const n = s.length
  const stack: Open[] = []
  /** For each tag name, where it is open on the stack, innermost last: scope checks in constant time. */
  const positions = new Map<string, number[]>()
  /** Positions of open special elements, and of those other than address, div and p (for `<li>`, `<dd>`). */
  const special: number[] = []
  const specialForItems: number[] = []
  let max = 0

  const last = (name: string): number => {
    const p = positions.get(name)
    return p && p.length > 0 ? p[p.length - 1]! : -1
  }
  const lastOf = (names: readonly string[]): number => {
    let at = -1
    for (const name of names) at = Math.max(at, last(name))
    return at
  }
  const top = (list: number[]): number => (list.length > 0 ? list[list.length - 1]! : -1)
  const current = (): string => stack[stack.length - 1]?.name ?? ''
  const push = (name: string, foreign: boolean): void => {
    const at = stack.length
    stack.push({ name, foreign })
    let p = positions.get(name)
    if (!p) positions.set(name, (p = []))
    p.push(at)
    if (!foreign && SPECIAL.has(name)) {
      special.push(at)
      if (name !== 'address' && name !== 'div' && name !== 'p') specialForItems.push(at)
    }
    if (stack.length > max) max = stack.length
  }
  /** An element that holds nothing (`<br>`, `<path/>` in SVG): as deep as what it sits in, plus one. */
  const leaf = (): void => {
    if (stack.length + 1 > max) max = stack.length + 1
  }
  const popTo = (at: number): void => {
    while (stack.length > at) {
      const open = stack.pop()!
      positions.get(open.name)!.pop()
      if (top(special) === stack.length) special.pop()
      if (top(specialForItems) === stack.length) specialForItems.pop()
    }
  }
  /** Where `names`' innermost open element is, if no scope boundary is open inside it; else -1. */
  const inScope = (names: readonly string[], boundaries: readonly string[]): number => {
    const at = lastOf(names)
    return at >= 0 && at >= lastOf(boundaries) ? at : -1
  }

  const startTag = (name: string, selfClosing: boolean): void => {
    if (CLOSES_P.has(name)) {
      const p = inScope(['p'], BUTTON_SCOPE)
      if (p >= 0) popTo(p)
    }
    if (HEADINGS.has(name) && HEADINGS.has(current())) popTo(stack.length - 1)
    if (name === 'li' || name === 'dd' || name === 'dt') {
      const at = lastOf(name === 'li' ? ['li'] : ['dd', 'dt'])
      if (at >= 0 && at >= top(specialForItems)) popTo(at)
    }
    if (name === 'td' || name === 'th') {
      const at = inScope(['td', 'th'], TABLE_SCOPE)
      if (at >= 0) popTo(at)
      if (current() === 'table') push('tbody', false)
      if (['tbody', 'thead', 'tfoot'].includes(current())) push('tr', false)
    } else if (name === 'tr') {
      const at = inScope(['tr'], TABLE_SCOPE)
      if (at >= 0) popTo(at)
      if (current() === 'table') push('tbody', false)
    } else if (name === 'tbody' || name === 'thead' || name === 'tfoot') {
      const at = inScope(['tbody', 'thead', 'tfoot'], TABLE_SCOPE)
      if (at >= 0) popTo(at)
    }
    if (name === 'option' || name === 'optgroup') {
      if (current() === 'option') popTo(stack.length - 1)
      if (name === 'optgroup' && current() === 'optgroup') popTo(stack.length - 1)
    }
    if (name === 'a' || name === 'nobr') {
      const at = last(name)
      if (at >= 0 && at > top(special)) popTo(at)
    }
    if (name === 'form' && last('form') >= 0) return // a form inside a form is ignored
    if (VOID.has(name) || ((name === 'svg' || name === 'math') && selfClosing)) leaf()
    else push(name, name === 'svg' || name === 'math')
  }

  const endTag = (name: string): void => {
    if (FRAME.has(name)) return
    if (HEADINGS.has(name)) {
      const at = inScope([...HEADINGS], SCOPE)
      if (at >= 0) popTo(at)
      return
    }
    const at = last(name)
    if (at < 0) return
    if (SPECIAL.has(name)) {
      const boundaries = TABLE_PARTS.has(name)
        ? TABLE_SCOPE
        : name === 'p'
          ? BUTTON_SCOPE
          : name === 'li'
            ? LIST_SCOPE
            : SCOPE
      if (at >= lastOf(boundaries)) popTo(at)
    } else if (at > top(special)) {
      popTo(at)
    }
    // Otherwise a block opened inside it: the parser ignores the tag or restructures without deepening.
  }

  let i = 0
  while (i < n && max <= limit) {
    const lt = s.indexOf('<', i)
    if (lt < 0) break
    i = lt + 1
    const c = s[i]
    const open = stack[stack.length - 1]
    const inForeign = open !== undefined && open.foreign && !INTEGRATION_POINTS.has(open.name)
    if (c === '!') {
      i = s.startsWith('!--', i)
        ? commentEnd(s, i + 3)
        : inForeign && s.startsWith('![cdata[', i)
          ? endAfter(s, ']]>', i)
          : endAfter(s, '>', i)
      continue
    }
    if (c === '?') {
      i = endAfter(s, '>', i)
      continue
    }
    const closing = c === '/'
    const nameStart = closing ? i + 1 : i
    if (!isAsciiLetter(s.charCodeAt(nameStart))) {
      if (closing) i = endAfter(s, '>', i)
      continue
    }
    let j = nameStart
    while (j < n && !isTagNameEnd(s.charCodeAt(j))) j++
    const name = s.slice(nameStart, j)
    const { end, selfClosing } = scanAttributes(s, j)
    i = end
    if (closing) {
      endTag(name)
    } else if (inForeign && !BREAKOUT.has(name)) {
      if (selfClosing) leaf()
      else push(name, true)
    } else if (!inForeign && name === 'plaintext') {
      break
    } else if (!FRAME.has(name)) {
      if (inForeign) while (stack.length > 0 && stack[stack.length - 1]!.foreign) popTo(stack.length - 1)
      startTag(name, selfClosing)
      if (RAW_TEXT.has(name)) {
        i = rawTextEnd(s, name, i)
        popTo(last(name))
      }
    }
  }
  return max
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13
}

function isTagNameEnd(c: number): boolean {
  return isSpace(c) || c === 47 || c === 62
}

function endAfter(s: string, token: string, from: number): number {
  const at = s.indexOf(token, from)
  return at < 0 ? s.length : at + token.length
}

/** Where a comment whose text starts at `from` ends: `-->`, `--!>`, or at once for `<!-->` and `<!--->`. */
function commentEnd(s: string, from: number): number {
  if (s[from] === '>') return from + 1
  if (s[from] === '-' && s[from + 1] === '>') return from + 2
  let k = from
  for (;;) {
    const dash = s.indexOf('--', k)
    if (dash < 0) return s.length
    if (s[dash + 2] === '>') return dash + 3
    if (s[dash + 2] === '!' && s[dash + 3] === '>') return dash + 4
    k = dash + 1
  }
}

const SLASH = 47
const GT = 62
const EQ = 61

/**
 * Skips a tag's attributes as the tokenizer does: quotes count only around values, a `/` ends an unquoted
 * value only... never (`<g d=x/>` does not self-close). `end` is past the `>`.
 */
function scanAttributes(s: string, from: number): { end: number; selfClosing: boolean } {
  const n = s.length
  let k = from
  let state: 'before' | 'name' | 'value' | 'unquoted' = 'before'
  while (k < n) {
    const c = s.charCodeAt(k)
    if (state === 'unquoted') {
      if (c === GT) return { end: k + 1, selfClosing: false }
      if (isSpace(c)) state = 'before'
      k++
    } else if (state === 'value') {
      if (isSpace(c)) {
        k++
      } else if (c === 34 || c === 39) {
        const close = s.indexOf(s[k]!, k + 1)
        if (close < 0) return { end: n, selfClosing: false }
        k = close + 1
        state = 'before'
      } else if (c === GT) {
        return { end: k + 1, selfClosing: false }
      } else {
        state = 'unquoted'
      }
    } else if (c === GT) {
      return { end: k + 1, selfClosing: false }
    } else if (c === SLASH) {
      if (s.charCodeAt(k + 1) === GT) return { end: k + 2, selfClosing: true }
      state = 'before'
      k++
    } else if (c === EQ && state === 'name') {
      state = 'value'
      k++
    } else {
      // A space after a name may still be followed by `=`: stay in 'name' across spaces once one started.
      if (!isSpace(c)) state = 'name'
      k++
    }
  }
  return { end: n, selfClosing: false }
}

/** Where raw text (script, style…) opened before `from` ends: past its `</name` end tag, or the end of input. */
function rawTextEnd(s: string, name: string, from: number): number {
  let k = from
  for (;;) {
    const at = s.indexOf(`</${name}`, k)
    if (at < 0) return s.length
    const after = s.charCodeAt(at + 2 + name.length)
    if (Number.isNaN(after) || isTagNameEnd(after)) return scanAttributes(s, at + 2 + name.length).end
    k = at + 1
  }
}
