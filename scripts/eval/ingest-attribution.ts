import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { samePerson, nameWords } from './person-match'

/** One hand label: the start of a sentence (without any speaker label) and who said it, or null for nobody. */
export interface Label {
  statementStartsWith: string
  speaker: string | null
}

/** What an import gave, as the evaluation needs it. */
export interface Imported {
  text: string
  /** The title found in the file (its metadata or its header lines), null when none was. */
  title: string | null
  publishedAt: string | null
  statements: { start: number; end: number; speaker: string | null }[]
}

export type Verdict =
  'right' | 'wrong' | 'missed' | 'unresolved' | 'none-right' | 'none-wrong' | 'no-statement'

export interface LabelResult {
  label: Label
  got: string | null
  verdict: Verdict
  splitRight: boolean
}

export interface FileScore {
  file: string
  kind: string
  results: LabelResult[]
  right: number
  given: number
  expected: number
  splitRight: number
  labels: number
  /** The import failed: the file scores nothing. */
  error?: string
  title?: { expected: string | null; got: string | null; ok: boolean }
  date?: { expected: string | null; got: string | null; ok: boolean }
}

/** Words naming a role rather than a person: a speaker named only with these claims no one in particular. */
const ROLE_WORDS = new Set(
  (
    'the a moderator staff operator spokesperson spokesman spokeswoman narrator unidentified question reporter ' +
    'speaker pro tempore chair chairman chairwoman acting presiding officer president vice prime minister ' +
    'secretary senior administration official interviewer host participant audience member answer male female ' +
    'voice clerk anchor correspondent interpreter translator caller guest panelist unknown'
  ).split(' ')
)

export function isRoleOnly(name: string): boolean {
  const words = nameWords(name)
  return words.length > 0 && words.every((w) => ROLE_WORDS.has(w) || /^\d+$/.test(w))
}

const isPlaceholder = (label: string): boolean =>
  /\((?:unnamed|anonymous|reporter|institution|report|newspaper)[^)]*\)\s*$/i.test(label)

/** Scores one imported file against its labels (see the README beside the corpus for the rules). */
export function scoreFile(file: string, kind: string, imported: Imported, labels: Label[]): FileScore {
  const results: LabelResult[] = []
  const loose = looseText(imported.text)
  for (const label of labels) {
    let occurrences = findAll(imported.text, label.statementStartsWith)
    if (occurrences.length === 0) {
      // Imported from another format (Markdown): find the label as rendered, ignoring escapes and spacing.
      const want = looseText(label.statementStartsWith).text
      occurrences = want ? findAll(loose.text, want).map((i) => loose.offsets[i]!) : []
    }
    if (occurrences.length === 0) {
      results.push({
        label,
        got: null,
        verdict: label.speaker === null ? 'no-statement' : 'missed',
        splitRight: label.speaker === null
      })
      continue
    }
    // A string found more than once ("Ukraine" as a heading and inside sentences) is judged where it starts a
    // statement or a line; the labels speak of those occurrences.
    const starts =
      occurrences.length === 1
        ? occurrences
        : occurrences.filter(
            (o) => o === 0 || imported.text[o - 1] === '\n' || imported.statements.some((s) => s.start === o)
          )
    for (const offset of starts.length ? starts : occurrences.slice(0, 1))
      results.push(judge(imported, label, offset))
  }
  const right = results.filter((r) => r.verdict === 'right').length
  const given = results.filter(
    (r) => r.verdict === 'right' || r.verdict === 'wrong' || r.verdict === 'none-wrong'
  ).length
  const expected = results.filter((r) => r.label.speaker !== null).length
  return {
    file,
    kind,
    results,
    right,
    given,
    expected,
    splitRight: results.filter((r) => r.splitRight).length,
    labels: results.length
  }
}

function findAll(text: string, needle: string): number[] {
  const out: number[] = []
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at)
  return out
}

/** Text without Markdown escapes and emphasis marks, whitespace runs as one space, with each character's offset. */
function looseText(text: string): { text: string; offsets: number[] } {
  let out = ''
  const offsets: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '\\' && /[[\]()*_#`>-]/.test(text[i + 1] ?? '')) continue
    if (ch === '*' || ch === '_') continue
    if (/\s/.test(ch)) {
      if (out.endsWith(' ') || out === '') continue
      out += ' '
    } else out += ch
    offsets.push(i)
  }
  return { text: out.trim(), offsets }
}

function judge(imported: Imported, label: Label, offset: number): LabelResult {
  const st = imported.statements.find((s) => s.start <= offset && offset < s.end)
  const splitRight = st ? st.start === offset : label.speaker === null
  const got = st?.speaker ?? null
  let verdict: Verdict
  if (!st) verdict = label.speaker === null ? 'no-statement' : 'missed'
  else if (label.speaker === null) verdict = got === null ? 'none-right' : 'none-wrong'
  else if (got === null) verdict = 'missed'
  else if (samePerson(label.speaker, got)) verdict = 'right'
  else if (isRoleOnly(got) && !isPlaceholder(label.speaker)) verdict = 'unresolved'
  else verdict = 'wrong'
  return { label, got, verdict, splitRight }
}

export interface CorpusFile {
  file: string
  kind: string
  /** The extension to import the file with, when it is not its own (a Markdown source kept as .txt). */
  as?: string
  body: string
  labels: Label[]
  expectTitle?: string
  expectDate?: string | null
}

const DASHES = `\n${'-'.repeat(72)}\n`

/** The verbatim body of a corpus file: everything after its header's line of 72 dashes. */
export function corpusBody(raw: string): string {
  const at = raw.indexOf(DASHES)
  if (at < 0) throw new Error('no line of 72 dashes after the header')
  return raw.slice(at + DASHES.length)
}

type LabelsFile = Record<
  string,
  Label[] | { labels: Label[]; expectTitle?: string; expectDate?: string | null }
>

export type Kinds = Record<string, { kind: string; as?: string }>

/** Reads a labelled corpus folder: `labels.json` and the files it names; `kinds` sorts them (default: transcript). */
export function readCorpus(dir: string, kinds: Kinds = {}): CorpusFile[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as LabelsFile
  const files = readdirSync(dir).filter((f) => f in labels)
  return files.sort().map((file) => {
    const entry = labels[file]!
    const list = Array.isArray(entry) ? entry : entry.labels
    const raw = readFileSync(join(dir, file), 'utf8')
    const sidecar = join(dir, `${file}.meta.txt`)
    const body = existsSync(sidecar) || !raw.includes(DASHES) ? raw : corpusBody(raw)
    const out: CorpusFile = { file, kind: kinds[file]?.kind ?? 'transcript', body, labels: list }
    const as = kinds[file]?.as
    if (as) out.as = as
    if (!Array.isArray(entry)) {
      if (entry.expectTitle !== undefined) out.expectTitle = entry.expectTitle
      if (entry.expectDate !== undefined) out.expectDate = entry.expectDate
    }
    return out
  })
}

export interface Totals {
  precision: number
  recall: number
  right: number
  given: number
  expected: number
  splitRight: number
  labels: number
}

export function totals(scores: FileScore[]): Totals {
  const sum = (k: 'right' | 'given' | 'expected' | 'splitRight' | 'labels') =>
    scores.reduce((n, s) => n + s[k], 0)
  const right = sum('right')
  const given = sum('given')
  const expected = sum('expected')
  return {
    precision: given ? right / given : 1,
    recall: expected ? right / expected : 1,
    right,
    given,
    expected,
    splitRight: sum('splitRight'),
    labels: sum('labels')
  }
}
