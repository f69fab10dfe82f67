import type { ConstructName, State, Unsafe } from 'mdast-util-to-markdown'

interface Scope {
  /** The patterns in scope, in their order. */
  unsafe: Unsafe[]
  /** Match wherever one of them would, or a backslash is. */
  any: RegExp[]
  /** The same without the patterns that need a line ending, for a text without one. */
  anyOnOneLine: RegExp[]
}

/**
 * Makes `state.safe` (mdast-util-to-markdown's escaping) skip its work when nothing would be escaped. Its
 * ninety-odd unsafe patterns are each a character with what must come before and after it, each tried in turn
 * over the text and its neighbours. Here the patterns in scope (for the constructs we are in) are tried at once,
 * as one expression that looks for their characters and around them; when none matches and there is no
 * backslash, the library would return the text as it is, and so does this. Otherwise the library escapes it,
 * given only the patterns in scope (the others add nothing).
 */
export function useFastSafe(state: State): void {
  const all = state.unsafe
  // Patterns tied to the neighbouring node are rare: leave texts that meet them to the library.
  if (all.some((p) => p.beforeNode || p.afterNode)) return
  const safe = state.safe
  const scopes = new Map<string, Scope>()
  state.safe = (input, config) => {
    const key = state.stack.join(' ')
    let scope = scopes.get(key)
    if (!scope) {
      scope = scopeOf(state.stack, all)
      scopes.set(key, scope)
    }
    const before = config.before ?? ''
    const after = config.after ?? ''
    const value = before + (input ?? '') + after
    const oneLine = value.indexOf('\n') < 0 && value.indexOf('\r') < 0
    if (
      !after.includes('\\') &&
      !matchesWithin(
        oneLine ? scope.anyOnOneLine : scope.any,
        value,
        before.length,
        value.length - after.length
      )
    )
      return input ?? ''
    state.unsafe = scope.unsafe
    try {
      return safe.call(state, input, config)
    } finally {
      state.unsafe = all
    }
  }
}

function scopeOf(stack: ConstructName[], all: Unsafe[]): Scope {
  const unsafe = all.filter(
    (p) => listInScope(stack, p.inConstruct, true) && !listInScope(stack, p.notInConstruct, false)
  )
  return { unsafe, any: union(unsafe), anyOnOneLine: union(unsafe.filter((p) => !needsLineEnding(p))) }
}

/** Whether one of the expressions matches with its first character in [start, end) (they are global). */
function matchesWithin(expressions: RegExp[], value: string, start: number, end: number): boolean {
  for (const expression of expressions) {
    expression.lastIndex = start
    const match = expression.exec(value)
    if (match !== null && match.index < end) return true
  }
  return false
}

function union(patterns: Unsafe[]): RegExp[] {
  const plain = ['\\\\']
  const unicode: string[] = []
  for (const p of patterns) (p.unicode ? unicode : plain).push(characterFirst(p))
  const out = [new RegExp(plain.join('|'), 'g')]
  if (unicode.length > 0) out.push(new RegExp(unicode.join('|'), 'gu'))
  return out
}

const LINE_ENDING = /^(?:\[\\r\\n\]|\\r|\\n)$/

/** Whether the pattern can only match beside a line ending (read from its parts: atBreak, `[\r\n]`, `\n`). */
function needsLineEnding(p: Unsafe): boolean {
  return (
    p.atBreak === true ||
    p.character === '\n' ||
    p.character === '\r' ||
    LINE_ENDING.test(p.before ?? '') ||
    LINE_ENDING.test(p.after ?? '')
  )
}

/**
 * The pattern as compilePattern writes it, `(before)character(after)`, rewritten to start with its character,
 * then look back at what precedes it and ahead at what follows: it matches where the pattern would, and the
 * engine skips quickly over text without any of the characters.
 */
function characterFirst(p: Unsafe): string {
  const before = (p.atBreak ? '[\\r\\n][\\t ]*' : '') + (p.before ? `(?:${p.before})` : '')
  const character = (/[$()*+.?[\\\]^{|}]/.test(p.character) ? '\\' : '') + p.character
  return `${character}${before ? `(?<=${before}${character})` : ''}${p.after ? `(?=${p.after})` : ''}`
}

/** The library's test of a pattern's constructs against the stack. */
function listInScope(
  stack: ConstructName[],
  list: ConstructName | ConstructName[] | null | undefined,
  none: boolean
): boolean {
  if (typeof list === 'string') return stack.includes(list)
  if (!list || list.length === 0) return none
  return list.some((c) => stack.includes(c))
}
