import type { SpeakerCandidate } from '../find-speakers'
import { couldBeSamePerson, hasFirstName, personWords, titleCaseName } from '../person-name'
import { classifyLabel } from './classify-label'
import { PRESIDING_ROLES } from './label-words'
import type { TurnLabel } from './match-turn-label'
import type { NameIndex } from './name-index'

/** What a turn label is read against: who the text names, its principal, who presides when. */
export interface TurnContext {
  text: string
  /** People named in the whole text. */
  names: NameIndex
  /** People named before the first turn (title, header, introduction): offices and roles resolve against these. */
  headerNames: NameIndex
  /** The person a header line names alone (the American Presidency Project's "Joe Biden" line), if any. */
  principal: string | null
  /** "with Ms. Foxx in the chair": from `at` on, presiding-officer labels are this person (null: unnamed). */
  presiding: { at: number; name: string | null }[]
  /** The holder of a U.S. office on the document's date, when the text is a White House or presidential record. */
  usOffice: (office: 'president' | 'vice president') => string | null
}

/** A resolved speaker; `isRole` when the label names a function ("Moderator") rather than a person. */
export interface TurnSpeaker extends SpeakerCandidate {
  isRole: boolean
}

export const QUESTION_SPEAKER = 'Question (reporter)'
export const ANSWER_SPEAKER = 'Answer (interviewee)'
const PEERAGE = new Set(['lord', 'baroness', 'baron', 'lady', 'viscount', 'earl', 'countess'])
const OFFICES = new Set([
  'president',
  'vice president',
  'prime minister',
  'chancellor',
  'first lady',
  'premier'
])

/** The speaker a turn's label stands for at `offset` (see TurnContext for what it is read against). */
export function resolveTurnSpeaker(
  label: TurnLabel,
  written: string,
  offset: number,
  ctx: TurnContext
): TurnSpeaker {
  const aliases = new Set<string>([label.core])
  if (label.kind === 'question') return role(QUESTION_SPEAKER, aliases, null)
  if (label.kind === 'answer') {
    return ctx.principal ? person(ctx.principal, aliases, null) : role(ANSWER_SPEAKER, aliases, null)
  }
  if (label.kind === 'role') return resolveRole(label.core, aliases, offset, ctx)
  void written

  let name = label.name
  if (name && label.honorific && PEERAGE.has(label.honorific.toLowerCase()))
    name = name.replace(/\s+of\s+.*$/u, '')
  let roleText = label.title ? tidyRole(label.title) : null
  for (const extra of label.extra) {
    const display = readDisplay(extra)
    if (display.name && (!name || couldBeSamePerson(display.name, name))) {
      if (!name || personWords(display.name).length >= personWords(name).length) name = display.name
    }
    if (display.role) roleText ??= tidyRole(display.role)
  }
  if (!name) {
    // "Madam Deputy Speaker" with no name anywhere: the office is all there is.
    return label.title
      ? resolveRole(label.title, aliases, offset, ctx)
      : role(tidyRole(label.core), aliases, null)
  }
  name = casedAsInText(titleCaseName(name), ctx.text)
  if (!hasFirstName(name)) {
    const full = ctx.names.bySurname(name)
    if (full) {
      name = full.name
      roleText ??= full.titles[0] ?? full.roles[0] ?? null
    }
  }
  const surname =
    name
      .split(/\s+/)
      .filter((w) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w))
      .at(-1) ?? name
  if (label.honorific) aliases.add(`${label.honorific.replace(/\.$/, '')}. ${surname}`)
  if (label.title) aliases.add(`${tidyRole(label.title)} ${surname}`)
  aliases.add(surname)
  return person(name, aliases, roleText)
}

function resolveRole(core: string, aliases: Set<string>, offset: number, ctx: TurnContext): TurnSpeaker {
  const roleName = core
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
  const lower = roleName.toLowerCase()
  if (PRESIDING_ROLES.has(lower)) {
    const chair = [...ctx.presiding].reverse().find((p) => p.at <= offset)
    if (chair?.name) return person(expand(chair.name, ctx), aliases, tidyRole(roleName))
    return role(tidyRole(roleName), aliases, null)
  }
  if (OFFICES.has(lower) && ctx.principal) return person(ctx.principal, aliases, tidyRole(roleName))
  if (lower === 'president' || lower === 'vice president') {
    const holder = ctx.usOffice(lower)
    if (holder) return person(holder, aliases, tidyRole(roleName))
  }
  const head = lower.split(' ').at(-1)!
  const holder = ctx.headerNames.byRole(head)
  if (holder && (!OFFICES.has(lower) || holder.titles.some((t) => t.toLowerCase().endsWith(lower))))
    return person(holder.name, aliases, holder.roles[0] ?? holder.titles[0] ?? tidyRole(roleName))
  return role(tidyRole(roleName), aliases, null)
}

function expand(name: string, ctx: TurnContext): string {
  const cased = casedAsInText(titleCaseName(name), ctx.text)
  return hasFirstName(cased) ? cased : (ctx.names.bySurname(cased)?.name ?? cased)
}

/** "The Minister for Armed Forces (James Heappey)" → role and name; "Lewisham East" → a role-like note. */
function readDisplay(extra: string): { name: string | null; role: string | null } {
  let name: string | null = null
  const notes: string[] = []
  let rest = extra
  for (let m = /\s*\(([^()]*)\)\s*$/.exec(rest); m; m = /\s*\(([^()]*)\)\s*$/.exec(rest)) {
    const inner = classifyLabel(m[1]!)
    if (inner?.kind === 'person' && inner.name && hasFirstName(inner.name)) name = inner.name
    else notes.unshift(m[1]!.trim())
    rest = rest.slice(0, m.index).trim()
  }
  const whole = classifyLabel(rest)
  if (!name && whole?.kind === 'person' && whole.name && hasFirstName(whole.name) && !whole.title)
    name = whole.name
  else if (rest) notes.unshift(rest)
  return { name, role: notes.length ? notes.join(', ') : null }
}

/** A name in capitals takes the casing the text uses for it elsewhere: "DIAZ-BALART" → "Diaz-Balart". */
function casedAsInText(name: string, text: string): string {
  return name
    .split(' ')
    .map((w) => {
      if (!/^\p{Lu}[\p{Ll}'’-]/u.test(w) || w.length < 3) return w
      const re = new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu')
      for (const m of text.matchAll(re)) if (/\p{Ll}/u.test(m[0]) && /\p{Lu}.*\p{Lu}/u.test(m[0])) return m[0]
      return w
    })
    .join(' ')
}

function tidyRole(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim()
  if (/\p{Ll}/u.test(t.replace(/^the\s+/i, '').replace(/\b(?:pro tempore|of|the|for|and)\b/g, ''))) {
    return t.replace(/^the\s+/i, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase())
  }
  return t
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\b(Of|The|For|And|Pro|Tempore)\b/g, (w) => w.toLowerCase())
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase())
}

function person(name: string, aliases: Set<string>, roleText: string | null): TurnSpeaker {
  aliases.delete(name)
  return { name, aliases: [...aliases].filter(Boolean), role: roleText, isRole: false }
}

function role(name: string, aliases: Set<string>, roleText: string | null): TurnSpeaker {
  aliases.delete(name)
  return { name, aliases: [...aliases].filter(Boolean), role: roleText, isRole: true }
}
