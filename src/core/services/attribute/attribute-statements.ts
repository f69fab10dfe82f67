import { couldBeSamePerson, nameSkeleton, personWords } from './person-name'
import type { Office } from './find-speakers'
import { institutionReferent } from './prose/institution-referent'
import { officeMatches } from './prose/office-words'
import { carryQuotations } from './prose/carry-quotations'
import { readProse, type ProseSentence, type ProseText } from './prose/read-prose'
import type { SpeechCue } from './prose/speech-cues'

/**
 * Attributes each sentence of prose to a known speaker when the sentence carries a speech cue outside its
 * quotations (see speechCues): a name ("…, Stoltenberg said."), a pronoun ("he added", the person last attributed
 * or named before, unless an unnamed role spoke last), an epithet ("the U.S. President said": the one person the
 * text gives that office, qualifier-aware), an institution ("The Pentagon said") or an unnamed source. Only the
 * sentence's first cue that is not in a subordinate clause counts. Then quotations carry their speaker to every
 * sentence they span and to quotation-only sentences that follow (see carryQuotations).
 */
export interface KnownSpeaker {
  id: string
  name: string
  aliases: string[]
  kind?: 'person' | 'source' | 'institution'
  offices?: Office[]
  /** Offset of the first mention in the text, for candidates. */
  at?: number
}

export interface SentenceInput {
  start: number
  end: number
  text: string
  paragraphIndex?: number
}

export interface StatementAttribution {
  speakerId: string | null
  cue: string | null
}

const PRONOUN_WINDOW_WITHOUT_PARAGRAPHS = 3
const RE_AFTER_PREPOSITION =
  /(?:^|\s)(?:of|to|from|with|by|for|about|against|between|among|toward|towards|into|than|like|on|in|at|over|under|via)\s+(?:the\s+)?$/i
const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim()
const norm = (s: string): string =>
  squeeze(s)
    .toLowerCase()
    .replace(/^the\s+/, '')

/** How a cue reads in the statement's attribution: "Blinken said", "Seth G. Jones, …, has repeatedly warned". */
function cueText(s: ProseSentence, c: SpeechCue): string {
  const subject = s.masked.slice(c.subject.phraseStart, c.subject.end)
  const verb = c.verb
  if (c.inverted) return squeeze(`${verb} ${s.masked.slice(c.subject.phraseStart, c.subject.end)}`)
  const gap = s.masked.slice(c.subject.end, c.verbStart)
  const appositive = /^\s*,[^,]*\S[^,]*,/.test(gap)
  const fillers = appositive ? `, …, ${gap.slice(gap.lastIndexOf(',') + 1)}` : gap.replace(/,/g, ' ')
  return squeeze(`${subject}${fillers} ${verb}`).replace(/ ,/g, ',')
}

const REPORTING =
  /^(?:said|says|told|tells|added|adds|noted|notes|wrote|writes|reported|reports|stated|states|explained|explains)$/

/**
 * A closing attribution that frames the whole sentence: "Austin assured Zelenskyy that …, Ryder said during a
 * news conference." — the sentence is Ryder's account, whatever cue came before.
 */
function isFrame(s: ProseSentence, c: SpeechCue): boolean {
  if (!REPORTING.test(c.verb)) return false
  const upTo = c.inverted ? c.verbStart : c.subject.phraseStart
  const before = s.masked.slice(Math.max(0, upTo - 40), upTo)
  const after = s.masked.slice(c.inverted ? c.subject.end : c.verbStart + c.verb.length)
  return /(?:,\s*["”]?|["”])\s*$/.test(before) && !/\bthat\b/.test(after)
}

export function attributeStatements(
  text: string,
  sentences: SentenceInput[],
  speakers: KnownSpeaker[],
  prose?: ProseText
): StatementAttribution[] {
  const read = prose ?? readProse(text, sentences)
  const people = speakers.filter((s) => !s.kind || s.kind === 'person')
  const byName = new Map<string, KnownSpeaker>()
  for (const sp of speakers)
    for (const n of [sp.name, ...sp.aliases]) if (!byName.has(norm(n))) byName.set(norm(n), sp)
  const names = new Map(speakers.map((s) => [s.id, s.name]))
  const kinds = new Map(speakers.map((s) => [s.id, s.kind ?? 'person']))
  const lastSeen = new Map<string, number>()
  const result: StatementAttribution[] = []

  const mostRecent = (list: KnownSpeaker[]): KnownSpeaker | null =>
    list.length === 1
      ? list[0]!
      : (list
          .filter((p) => lastSeen.has(p.id))
          .sort((a, b) => lastSeen.get(b.id)! - lastSeen.get(a.id)!)[0] ?? null)

  const bySurname = new Map<string, KnownSpeaker[]>()
  for (const p of people)
    for (const a of [p.name, ...p.aliases]) {
      const w = personWords(a).at(-1)
      if (!w) continue
      const list = bySurname.get(nameSkeleton(w)) ?? []
      if (!list.includes(p)) bySurname.set(nameSkeleton(w), [...list, p])
    }

  const personNamed = (name: string): KnownSpeaker | null => {
    const exact = byName.get(norm(name))
    if (exact && (!exact.kind || exact.kind === 'person')) return exact
    const words = personWords(name)
    if (words.length === 0) return null
    const same = (bySurname.get(nameSkeleton(words.at(-1)!)) ?? []).filter((p) =>
      [p.name, ...p.aliases].some((a) => personWords(a).length && couldBeSamePerson(a, name))
    )
    return mostRecent(same)
  }

  const holder = (c: SpeechCue): KnownSpeaker | null => {
    const sub = c.subject
    const holds = people.filter((p) =>
      (p.offices ?? []).some((o) => sub.offices.some((e) => officeMatches(e, o.office)))
    )
    const ofCountry = (country: string | null) =>
      holds.filter((p) =>
        (p.offices ?? []).some(
          (o) => o.country === country && sub.offices.some((e) => officeMatches(e, o.office))
        )
      )
    const exact = sub.country ? ofCountry(sub.country) : holds
    const list = exact.length ? exact : sub.country ? ofCountry(null) : []
    if (list.length === 1) return list[0]!
    if (/head of (?:the )?state/i.test(sub.name) && list.length)
      return [...list].sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity))[0]!
    return null
  }

  /**
   * Who "he"/"she" can point back to in a sentence that has no speaker: whoever last spoke in it (a clause
   * included), or null when that is an unnamed role ("… after Ukraine's acting president said …"); else the person
   * in subject position ("Jens Stoltenberg's comments came amid … criticism from Donald Trump"); else the last
   * person named. Undefined when the sentence names nobody.
   */
  const mentionIn = (s: ProseSentence): string | null | undefined => {
    const spoke = s.cues.at(-1)
    if (spoke && spoke.subject.kind !== 'pronoun') {
      const sp =
        spoke.subject.kind === 'epithet'
          ? holder(spoke)
          : spoke.subject.kind === 'name'
            ? personNamed(spoke.subject.name)
            : null
      if (spoke.subject.kind === 'epithet' || spoke.subject.kind === 'name') return sp?.id ?? null
    }
    const named = s.runs.flatMap((r) => {
      const p = r.name ? personNamed(r.name) : null
      return p
        ? [{ id: p.id, free: !RE_AFTER_PREPOSITION.test(s.masked.slice(Math.max(0, r.start - 12), r.start)) }]
        : []
    })
    return (named.find((n) => n.free) ?? named.at(-1))?.id
  }

  /** Whether a sentence's subject is itself "he"/"she" (it points further back, like the pronoun being resolved). */
  const pronounSubject = (s: ProseSentence): boolean => {
    const pronoun = /(?<![\p{L}])(?:he|she|He|She)(?![\p{L}])/u.exec(s.masked)
    if (!pronoun || RE_AFTER_PREPOSITION.test(s.masked.slice(Math.max(0, pronoun.index - 12), pronoun.index)))
      return false
    return !s.runs.some((r) => r.name && r.start < pronoun.index && personNamed(r.name))
  }

  const antecedent = (i: number): string | null => {
    let current = read.sentences[i]!
    let at = i
    for (let j = i - 1; j >= 0; j--) {
      const prev = read.sentences[j]!
      const inWindow =
        current.paragraphIndex !== undefined && prev.paragraphIndex !== undefined
          ? current.paragraphIndex - prev.paragraphIndex <= 1
          : at - j <= PRONOUN_WINDOW_WITHOUT_PARAGRAPHS
      if (!inWindow) return null
      const done = result[j]?.speakerId
      if (done && kinds.get(done) !== 'institution') return done
      // "… she is now considering whether she should move her two girls, Milla, 7 and Myroslava, 4 …": the
      // sentence is about whom its own "she" means; look further back from there.
      if (pronounSubject(prev)) {
        current = prev
        at = j
        continue
      }
      const found = mentionIn(prev)
      if (found !== undefined) return found
    }
    return null
  }

  const resolve = (c: SpeechCue, i: number): KnownSpeaker | null => {
    const sub = c.subject
    if (sub.kind === 'name') return personNamed(sub.name)
    if (sub.kind === 'epithet') return holder(c)
    if (sub.kind === 'source') return byName.get(norm(sub.name)) ?? null
    if (sub.kind === 'institution') {
      const name = sub.anaphoric ? institutionReferent(read.sentences, i, sub.name) : sub.name
      return name ? (byName.get(norm(name)) ?? null) : null
    }
    const id = antecedent(i)
    return id ? (speakers.find((s) => s.id === id) ?? null) : null
  }

  read.sentences.forEach((s, i) => {
    const main = s.cues.filter((c) => !c.subordinate)
    const last = main.at(-1)
    const cue = main.length > 1 && last && isFrame(s, last) ? last : main[0]
    const sp = cue ? resolve(cue, i) : null
    if (cue && sp) {
      const text = cueText(s, cue)
      const resolved =
        cue.subject.kind === 'pronoun' || cue.subject.kind === 'epithet' ? `${text} (→ ${sp.name})` : text
      result.push({ speakerId: sp.id, cue: resolved })
    } else result.push({ speakerId: null, cue: null })
    for (const r of s.runs) {
      const p = r.name ? personNamed(r.name) : null
      if (p) lastSeen.set(p.id, s.start + r.start)
    }
    if (sp) lastSeen.set(sp.id, s.end)
  })
  return carryQuotations(
    read,
    result,
    (id) => names.get(id) ?? id,
    (id) => kinds.get(id) === 'person'
  )
}
