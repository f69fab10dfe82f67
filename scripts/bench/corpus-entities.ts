import { createHash } from 'node:crypto'
import {
  RELATIONS,
  collectRefs,
  richTextToPlain,
  type Annotation,
  type Link,
  type Note,
  type RichNode,
  type Speaker,
  type Statement,
  type Theme
} from '../../src/shared/domain'
import type { DocumentFile } from '../../src/core/store/files'
import { SCHEMA_VERSION } from '../../src/core/store/files'
import { quoteSelector } from '../../src/core/model/quote-selector'
import { makeSentence, makeText, makeTitle, wordSpans } from './corpus-text'
import type { Prng } from './prng'

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f']
const ROOTS = ['Escalation risk', 'Battlefield situation', 'Alliance unity', 'Decision-making in Washington']
const FIRST = [
  'Anna',
  'Boris',
  'Carla',
  'Dmytro',
  'Elena',
  'Frank',
  'Greta',
  'Hassan',
  'Irina',
  'Jonas',
  'Katya',
  'Lars',
  'Marta',
  'Nikolai',
  'Olga',
  'Pavel',
  'Quentin',
  'Rosa',
  'Sergei',
  'Tamar',
  'Uma',
  'Viktor',
  'Wanda',
  'Yuri',
  'Zofia',
  'Adam',
  'Bogdan',
  'Chloe',
  'Denis',
  'Eva'
]
const LAST = [
  'Kovalenko',
  'Schmidt',
  'Novak',
  'Petrenko',
  'Lindqvist',
  'Moreau',
  'Hughes',
  'Tanaka',
  'Rossi',
  'Bauer',
  'Shevchenko',
  'Nowak',
  'Fischer',
  'Dubois',
  'Jansen',
  'Horvat',
  'Ivanova',
  'Larsen',
  'Meyer',
  'Sokolov'
]
const REAL = [
  ['Antony J. Blinken', 'Blinken'],
  ['Jens Stoltenberg', 'Stoltenberg'],
  ['Dmitry Peskov', 'Peskov'],
  ['Vladimir Putin', 'Putin'],
  ['Joe Biden', 'Biden'],
  ['Volodymyr Zelensky', 'Zelensky'],
  ['Olaf Scholz', 'Scholz'],
  ['Jake Sullivan', 'Sullivan']
] as const
const ROLES = ['minister', 'spokesperson', 'analyst', 'general', 'ambassador', 'senator', 'adviser', null]

/** 40 themes nested three deep: 4 roots, 3 children each, 2 grandchildren each. */
export function makeThemes(rng: Prng, vocabulary: readonly string[]): Theme[] {
  const themes: Theme[] = []
  const used = new Set<string>()
  const name = (base: string): string => {
    let n = base
    for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base} ${i}`
    used.add(n.toLowerCase())
    return n
  }
  const add = (label: string, parentId: string | null, order: number): string => {
    const id = rng.id('th')
    themes.push({
      id,
      name: name(label),
      color: PALETTE[themes.length % PALETTE.length]!,
      parentId,
      description: makeSentence(rng, vocabulary, null).text,
      order
    })
    return id
  }
  const phrase = () => {
    const w = `${rng.pick(vocabulary)} ${rng.pick(vocabulary)}`
    return w.charAt(0).toUpperCase() + w.slice(1)
  }
  ROOTS.forEach((root, i) => {
    const r = add(root, null, i)
    for (let c = 0; c < 3; c++) {
      const child = add(phrase(), r, c)
      for (let g = 0; g < 2; g++) add(phrase(), child, g)
    }
  })
  return themes
}

export function makeSpeakers(rng: Prng, count: number): Speaker[] {
  const speakers: Speaker[] = []
  const names = new Set<string>()
  for (const [full, short] of REAL.slice(0, count)) {
    speakers.push({ id: rng.id('sp'), name: full, aliases: [short], role: null })
    names.add(full)
  }
  while (speakers.length < count) {
    let full = `${rng.pick(FIRST)} ${rng.pick(LAST)}`
    for (let i = 2; names.has(full); i++) full = `${full.replace(/ \d+$/, '')} ${i}`
    names.add(full)
    speakers.push({ id: rng.id('sp'), name: full, aliases: [], role: rng.pick(ROLES) })
  }
  return speakers
}

const surname = (s: Speaker): string => s.aliases[0] ?? s.name.split(' ').at(-1)!

export interface DocumentSpec {
  index: number
  statements: number
  publishedAt: string
  title?: string
}

/** One document file: text, paragraphs, statements at exact sentence offsets, tagged and attributed. */
export function makeDocument(
  rng: Prng,
  vocabulary: readonly string[],
  spec: DocumentSpec,
  speakers: readonly Speaker[],
  themes: readonly Theme[]
): DocumentFile {
  const id = rng.id('d')
  const cast = Array.from({ length: Math.min(speakers.length, rng.int(2, 6)) }, () => rng.pick(speakers))
  const generated = makeText(rng, vocabulary, spec.statements, cast.map(surname))
  const statements: Statement[] = generated.sentences.map((s, i) => {
    const speaker = s.speaker === null ? null : cast[s.speaker]!
    const themeIds = new Set<string>()
    if (rng.chance(0.3)) themeIds.add(themes[rng.zipf(themes.length, 0.8)]!.id)
    if (rng.chance(0.05)) themeIds.add(themes[rng.zipf(themes.length, 0.8)]!.id)
    return {
      id: `${id}.${i + 1}`,
      documentId: id,
      start: s.start,
      end: s.end,
      text: generated.text.slice(s.start, s.end),
      paragraphIndex: s.paragraphIndex,
      speakerId: speaker?.id ?? null,
      attribution: speaker ? { method: 'auto', cue: `${surname(speaker)} said` } : { method: 'none' },
      themeIds: [...themeIds]
    }
  })
  return {
    schemaVersion: SCHEMA_VERSION,
    document: {
      id,
      title: spec.title ?? makeTitle(rng, vocabulary),
      source: { publisher: rng.pick(['Wire service', 'Daily report', 'Briefing transcript', 'Think tank']) },
      publishedAt: spec.publishedAt,
      authors: Array.from({ length: rng.int(0, 2) }, () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`),
      importedAt: new Date(Date.UTC(2025, 0, 15, 9) + spec.index * 60_000).toISOString(),
      contentHash: createHash('sha256').update(generated.text, 'utf8').digest('hex'),
      text: generated.text,
      paragraphs: generated.paragraphs
    },
    statements,
    annotations: []
  }
}

const paragraph = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content })
const text = (t: string): RichNode => ({ type: 'text', text: t })

/** Adds `count` highlights to a document: word-aligned spans within a statement (some into the next). */
export function addAnnotations(
  rng: Prng,
  vocabulary: readonly string[],
  file: DocumentFile,
  count: number,
  themes: readonly Theme[],
  at: string
): void {
  const { document: doc, statements } = file
  for (let i = 0; i < count; i++) {
    const k = rng.int(0, statements.length - 1)
    const st = statements[k]!
    const words = wordSpans(st.text)
    const whole = rng.chance(0.2) || words.length < 3
    const from = whole ? 0 : rng.int(0, words.length - 2)
    const to = whole ? words.length - 1 : Math.min(words.length - 1, from + rng.int(1, 11))
    const start = st.start + words[from]!.start
    const next = statements[k + 1]
    const end = next && rng.chance(0.1) ? next.end : st.start + words[to]!.end
    const themeIds = new Set<string>()
    if (rng.chance(0.8)) themeIds.add(themes[rng.zipf(themes.length, 0.8)]!.id)
    if (rng.chance(0.2)) themeIds.add(rng.pick(themes).id)
    const note = rng.chance(0.4)
      ? { type: 'doc', content: [paragraph(text(makeSentence(rng, vocabulary, null).text))] }
      : null
    file.annotations.push({
      id: rng.id('an', 10),
      documentId: doc.id,
      start,
      end,
      quote: quoteSelector(doc.text, start, end),
      themeIds: [...themeIds],
      note,
      notePlain: richTextToPlain(note),
      createdAt: at,
      updatedAt: at
    } satisfies Annotation)
  }
  file.annotations.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Cross-references between random statements, mostly across documents, never duplicated. */
export function makeLinks(
  rng: Prng,
  vocabulary: readonly string[],
  pickStatement: () => Statement,
  count: number,
  at: string
): Link[] {
  const links: Link[] = []
  const seen = new Set<string>()
  while (links.length < count) {
    const from = pickStatement()
    const to = pickStatement()
    const relation = rng.pick(RELATIONS)
    const key = `${from.id}>${to.id}>${relation}`
    if (from.id === to.id || seen.has(key)) continue
    seen.add(key)
    links.push({
      id: rng.id('ln', 10),
      fromId: from.id,
      toId: to.id,
      relation,
      note: rng.chance(0.3) ? makeSentence(rng, vocabulary, null).text : '',
      createdAt: at
    })
  }
  return links
}

/** An analyst note: a few paragraphs citing statements and themes through reference chips. */
export function makeNote(
  rng: Prng,
  vocabulary: readonly string[],
  pickStatement: () => Statement,
  themes: readonly Theme[],
  at: string
): Note {
  const content: RichNode = { type: 'doc', content: [] }
  for (let p = rng.int(2, 6); p > 0; p--) {
    const parts: RichNode[] = [text(makeSentence(rng, vocabulary, null).text + ' ')]
    for (let c = rng.int(0, 2); c > 0; c--) {
      const st = pickStatement()
      parts.push({ type: 'statementRef', attrs: { id: st.id, label: st.text.slice(0, 60) } }, text(' '))
    }
    if (rng.chance(0.3)) {
      const th = rng.pick(themes)
      parts.push({ type: 'themeRef', attrs: { id: th.id, label: th.name } })
    }
    content.content!.push(paragraph(...parts))
  }
  const refs = collectRefs(content)
  return {
    id: rng.id('nt'),
    title: makeTitle(rng, vocabulary),
    content,
    plain: richTextToPlain(content),
    statementIds: refs.statementIds,
    themeIds: refs.themeIds,
    createdAt: at,
    updatedAt: at
  }
}
