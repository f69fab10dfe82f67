import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { extractLeadingDate } from '../segment/extract-leading-date'
import { findParagraphs, segmentText } from '../segment/segment-text'
import { cleanName, nameTokens } from './clean-name'
import { findSpeakers } from './find-speakers'
import { MAX_CHUNK, tagPeople, tagPeopleInSteps, taggingChunks, type PeopleTags } from './tag-people'

/** Every text the tagger is given; with `stub` on, it answers "nothing found" without tagging. */
const tagger = vi.hoisted(() => ({ inputs: [] as string[], stub: false }))
vi.mock('compromise', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (text: string) => unknown }).default
  const none = { terms: () => ({ out: () => [] }) }
  const empty = { people: () => ({ json: () => [] }), match: () => none }
  return {
    default: (text: string) => {
      tagger.inputs.push(text)
      return tagger.stub ? empty : real(text)
    }
  }
})
afterEach(() => {
  tagger.inputs = []
  tagger.stub = false
})

const ARTICLE = readFileSync(new URL('../../../../resources/seed/article.txt', import.meta.url), 'utf8')
const PARAGRAPH =
  'Maria Lopez, an analyst at the Brookings Institution, said the plan would fail. He added more.'

/** The tags as made before chunking: the tagger run once over the whole text. */
async function tagWhole(text: string): Promise<PeopleTags> {
  const nlp = (await vi.importActual<typeof import('compromise')>('compromise')).default
  const doc = nlp(text)
  const people = (doc.people().json({ offset: true }) as { text: string; offset: { start: number } }[])
    .map((p) => ({ name: cleanName(p.text.replace(/['’]s\b/u, '')), at: p.offset.start }))
    .filter((p) => nameTokens(p.name).length >= 2)
  const words = (m: string) =>
    new Set((doc.match(m).terms().out('array') as string[]).map((w) => w.replace(/[^\p{L}\p{M}'’-]/gu, '')))
  return { people, personWords: words('#Person'), placeWords: words('(#Place|#Organization)') }
}

describe('tagPeople', () => {
  it('gives the seed article the same tags as one pass over the whole text, one tagger call per paragraph', async () => {
    const chunked = tagPeople(ARTICLE)
    expect(tagger.inputs).toEqual(findParagraphs(ARTICLE).map((p) => ARTICLE.slice(p.start, p.end)))
    expect(chunked).toEqual(await tagWhole(ARTICLE))
    expect(chunked.people.map((p) => p.name)).toContain('Vladimir V. Putin')
    for (const p of chunked.people) expect(ARTICLE.slice(p.at)).toMatch(/^\S/)
  })

  it('tags a multi-paragraph text as the concatenation of its paragraphs, offsets mapped back', () => {
    const paragraphs = [
      PARAGRAPH,
      'Jens Stoltenberg, the NATO chief, spoke in Brussels on Tuesday.',
      'President Vladimir V. Putin did not reply. Dmitry Peskov said nothing.'
    ]
    const text = `Title line\n\n${paragraphs.join('\n\n')}\n`
    const whole = tagPeople(text)
    const expected: PeopleTags = { people: [], personWords: new Set(), placeWords: new Set() }
    for (const p of findParagraphs(text)) {
      const own = tagPeople(text.slice(p.start, p.end))
      expected.people.push(...own.people.map((x) => ({ ...x, at: x.at + p.start })))
      own.personWords.forEach((w) => expected.personWords.add(w))
      own.placeWords.forEach((w) => expected.placeWords.add(w))
    }
    expect(whole).toEqual(expected)
    for (const person of whole.people) {
      const p = findParagraphs(text).find((x) => x.start <= person.at && person.at < x.end)!
      expect(text.slice(person.at, p.end)).toContain(person.name)
    }
  })

  it('cuts a paragraph longer than MAX_CHUNK at sentence ends, covering all of it', () => {
    const sentence = 'The envoy, Jens Stoltenberg, said the talks would resume within a week. '
    const text = sentence.repeat(Math.ceil((3 * MAX_CHUNK) / sentence.length)).trim()
    const chunks = taggingChunks(text)
    expect(chunks.length).toBeGreaterThanOrEqual(3)
    expect(chunks[0]!.start).toBe(0)
    expect(chunks.at(-1)!.end).toBe(text.length)
    chunks.forEach((c, i) => {
      expect(c.end - c.start).toBeLessThanOrEqual(MAX_CHUNK)
      if (i > 0) expect(c.start).toBe(chunks[i - 1]!.end)
      if (i < chunks.length - 1) expect(text.slice(c.start, c.end)).toMatch(/\.\s$/)
    })
  })

  it('cuts text without any sentence end or space, never inside a surrogate pair', () => {
    const text = '😀'.repeat(MAX_CHUNK)
    const chunks = taggingChunks(text)
    expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toBe(text)
    for (const c of chunks)
      expect(text.slice(c.start, c.end)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/)
  })
})

describe('speaker detection on a long text', () => {
  it('does work linear in the text: a text 100× the seed goes to the tagger in paragraph-sized pieces', () => {
    tagger.stub = true
    const body = ARTICLE.slice(extractLeadingDate(ARTICLE).bodyStart).trim()
    const text = Array.from({ length: 100 }, () => body).join('\n\n')
    const { sentences } = segmentText(text)
    const speakers = findSpeakers(text, sentences)

    const paragraphs = findParagraphs(text)
    expect(tagger.inputs).toHaveLength(paragraphs.length)
    const longest = Math.max(...tagger.inputs.map((t) => t.length))
    expect(longest).toBeLessThanOrEqual(MAX_CHUNK)
    // The tagger's work is at worst quadratic in its input: bounded pieces keep the sum linear in the text.
    const work = tagger.inputs.reduce((n, t) => n + t.length ** 2, 0)
    expect(work).toBeLessThanOrEqual(longest * text.length)
    expect(tagger.inputs.join('').length).toBe(paragraphs.reduce((n, p) => n + p.end - p.start, 0))
    expect(speakers.map((s) => s.name)).toContain('Jens Stoltenberg')
  })

  it('reports progress and stops when cancelled', async () => {
    tagger.stub = true
    const text = Array.from({ length: 2000 }, () => PARAGRAPH).join('\n\n')
    const progress: number[] = []
    const done = await tagPeopleInSteps(text, { onProgress: (d, total) => progress.push(d / total) })
    expect(done.people).toEqual([])
    expect(progress.at(-1)).toBe(1)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)

    const controller = new AbortController()
    controller.abort()
    await expect(tagPeopleInSteps(text, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError'
    })
  })
})
