import nlp from 'compromise'
import { throwIfAborted } from '../import/throw-if-aborted'
import { findParagraphs, type TextRange } from '../segment/segment-text'
import { cleanName, nameTokens } from './clean-name'

/** What the NLP tagger says about a text: the people it names (with offsets), and its person and place words. */
export interface PeopleTags {
  people: { name: string; at: number }[]
  personWords: Set<string>
  placeWords: Set<string>
}

export interface TagSteps {
  signal?: AbortSignal
  /** Characters of the text tagged so far, of `total`. */
  onProgress?: (done: number, total: number) => void
}

/**
 * The tagger's cost grows faster than the text (offsets are recomputed over the whole input for each match), so
 * it runs on one paragraph at a time; a paragraph longer than this is cut at sentence ends.
 */
export const MAX_CHUNK = 4000
/** How long `tagPeopleInSteps` works before it yields to the event loop. */
const STEP_MS = 40

const SENTENCE_END = /[.!?]['"’”)\]]*\s+/gu

/** The stretches of `text` tagged one at a time: its paragraphs, each at most MAX_CHUNK long. */
export function taggingChunks(text: string): TextRange[] {
  const chunks: TextRange[] = []
  for (const p of findParagraphs(text)) {
    let start = p.start
    while (p.end - start > MAX_CHUNK) {
      const end = cutPoint(text, start, start + MAX_CHUNK)
      chunks.push({ start, end })
      start = end
    }
    chunks.push({ start, end: p.end })
  }
  return chunks
}

/** The last sentence end (else whitespace) after `start` and at most `limit`; `limit` when there is none. */
function cutPoint(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit)
  let cut = -1
  for (const m of window.matchAll(SENTENCE_END)) if (m.index > 0) cut = m.index + m[0].length
  if (cut < 0) cut = window.search(/\s\S*$/u) + 1
  if (cut <= 0) cut = /[\uD800-\uDBFF]/.test(window.at(-1) ?? '') ? window.length - 1 : window.length
  return start + cut
}

function tagChunk(text: string, chunk: TextRange, into: PeopleTags): void {
  const doc = nlp(text.slice(chunk.start, chunk.end))
  for (const p of doc.people().json({ offset: true }) as { text: string; offset: { start: number } }[]) {
    const name = cleanName(p.text.replace(/['’]s\b/u, ''))
    if (nameTokens(name).length >= 2) into.people.push({ name, at: chunk.start + p.offset.start })
  }
  const add = (match: string, set: Set<string>): void => {
    for (const w of doc.match(match).terms().out('array') as string[])
      set.add(w.replace(/[^\p{L}\p{M}'’-]/gu, ''))
  }
  add('#Person', into.personWords)
  add('(#Place|#Organization)', into.placeWords)
}

const emptyTags = (): PeopleTags => ({ people: [], personWords: new Set(), placeWords: new Set() })

/** Tags the whole text, chunk by chunk (see taggingChunks). */
export function tagPeople(text: string): PeopleTags {
  const tags = emptyTags()
  for (const chunk of taggingChunks(text)) tagChunk(text, chunk, tags)
  return tags
}

/** Like tagPeople, yielding to the event loop every few milliseconds to report progress and honour `signal`. */
export async function tagPeopleInSteps(
  text: string,
  { signal, onProgress }: TagSteps = {}
): Promise<PeopleTags> {
  throwIfAborted(signal)
  const tags = emptyTags()
  let since = performance.now()
  for (const chunk of taggingChunks(text)) {
    tagChunk(text, chunk, tags)
    if (performance.now() - since < STEP_MS) continue
    onProgress?.(chunk.end, text.length)
    await new Promise((resolve) => setImmediate(resolve))
    throwIfAborted(signal)
    since = performance.now()
  }
  onProgress?.(text.length, text.length)
  return tags
}
