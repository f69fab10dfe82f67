/** `n` nested block quotes on one line: `>>>>… deep`. */
export function nestedQuotes(n: number): string {
  return `${'>'.repeat(n)} deep\n`
}

/** A list nested `depth` deep, each item indented two spaces more than its parent (3,000 deep is 9 MB). */
export function nestedList(depth: number): string {
  return Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n') + '\n'
}

/** An HTML page with `n` nested `<div>`s around one sentence (20,000 is 200 KB). */
export function nestedDivs(n: number): string {
  return `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}<p>The minister spoke.</p>${'</div>'.repeat(n)}</body></html>\n`
}

/** Markdown whose YAML front matter is a "billion laughs": nine levels of aliases, each nine times the last. */
export function yamlAliasBomb(): string {
  let yaml = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n'
  for (let i = 1; i < 10; i++)
    yaml += `a${i}: &a${i} [${Array(9)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`
  return `---\ntitle: Laughs\n${yaml}---\n\nThe body is short.\n`
}

/** Exactly `chars` characters of words, with no sentence break and no line break. */
export function noSentenceBreak(chars: number): string {
  return 'word '.repeat(Math.ceil(chars / 5)).slice(0, chars - 1) + 'x'
}
