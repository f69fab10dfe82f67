import { NAME, TITLE, TITLE_QUALIFIER, isRoleNoun } from '../lexicon'
import { couldBeSamePerson, hasFirstName, nameSkeleton, personWords, surnameKey } from '../person-name'
import { cleanName } from '../clean-name'

/** A person a text names in full, with the offices and roles it gives them. */
export interface NamedPerson {
  name: string
  /** "Secretary of State", "President" — from "Secretary of State Antony Blinken". */
  titles: string[]
  /** "Spokesperson for the Secretary-General" — from "Martin Nesirky, Spokesperson for the Secretary-General". */
  roles: string[]
}

export interface NameIndex {
  people: NamedPerson[]
  /** The one person whose surname this is (spelling variants folded), or null when none or several. */
  bySurname(name: string): NamedPerson | null
  /** The one person given an office or role whose words include `role` ("spokesperson", "president"). */
  byRole(role: string): NamedPerson | null
}

const RE_NAME = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])${NAME}`, 'gu')
const RE_TITLE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])((?:${TITLE_QUALIFIER})?${TITLE}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?)\s+$`,
  'u'
)
const TITLE_WORD = new RegExp(`^${TITLE}$`, 'u')
const LEADING_HONORIFICS = /^(?:(?:Baroness|Baron|Lord|Lady|Dame|Sir|Madam|Mister|Mr|Mrs|Ms|Dr)\.?\s+)+/u
/** "Baroness Goldie Baroness Goldie": a page's repeated label, not one name. */
const HONORIFIC_INSIDE = /\s(?:Baroness|Baron|Lord|Lady|Dame|Sir|Mr|Mrs|Ms|Dr)\.?\s/u
const RE_APPOSITIVE = /^,\s+(?:the\s+|a\s+|an\s+)?([^,;.()\n]{3,80})/iu

/** Every person `text` names with a first name and a surname, with their titles and roles. */
export function buildNameIndex(text: string): NameIndex {
  const people: NamedPerson[] = []
  for (const m of text.matchAll(RE_NAME)) {
    // A name does not run over a line break ("…on Ukraine\n\nAntónio Guterres").
    const lastBreak = m[0].lastIndexOf('\n')
    const at = lastBreak < 0 ? m.index : m.index + lastBreak + 1
    const found = m[0].slice(lastBreak + 1)
    let before = text.slice(Math.max(0, at - 80), at)
    let words = found.trim().split(/\s+/)
    // "Secretary of State Antony Blinken": "State" belongs to the office, not the name.
    while (words.length > 2) {
      const longer = `${before}${words[0]} `
      const t = RE_TITLE_BEFORE.exec(longer)?.[1]
      if (!t || !t.endsWith(words[0]!)) break
      before = longer
      words = words.slice(1)
    }
    // "Communications Advisor John Kirby": words up to the last office or role noun are the office.
    const lastRole = words.slice(0, -2).findLastIndex((w) => isRoleNoun(w) || TITLE_WORD.test(w))
    let office: string | null = null
    if (lastRole >= 0) {
      const before2 = /((?:\p{Lu}[\p{L}.-]*\s+){0,2})$/u.exec(before)?.[1] ?? ''
      office = `${before2}${words.slice(0, lastRole + 1).join(' ')}`.trim()
      words = words.slice(lastRole + 1)
    }
    // "Senators McCain [presiding]": an office in the plural before a surname is no first name.
    if (/s$/.test(words[0]!) && TITLE_WORD.test(words[0]!.replace(/s$/, ''))) words = words.slice(1)
    const name = cleanName(words.join(' ')).replace(LEADING_HONORIFICS, '')
    if (!hasFirstName(name) || personWords(name).length > 4 || HONORIFIC_INSIDE.test(name)) continue
    const title = office ?? RE_TITLE_BEFORE.exec(before)?.[1] ?? null
    const appositive = RE_APPOSITIVE.exec(text.slice(m.index + m[0].length))?.[1]?.trim() ?? null
    const role =
      appositive && appositive.split(/\s+/).slice(0, 4).some(isRoleNoun)
        ? appositive.replace(/\s+/g, ' ')
        : null
    add(people, name, title, role)
  }
  return {
    people,
    bySurname: (name) => unique(people.filter((p) => surnameKey(p.name) === surnameKey(name))),
    byRole: (role) => {
      const want = nameSkeleton(role.toLowerCase())
      const words = (ph: string) => [...ph.toLowerCase().split(/\s+/), ...ph.toLowerCase().split(/[\s-]+/)]
      const has = (phrases: string[]) => phrases.some((ph) => words(ph).some((w) => nameSkeleton(w) === want))
      return unique(people.filter((p) => has(p.titles) || has(p.roles)))
    }
  }
}

function add(people: NamedPerson[], name: string, title: string | null, role: string | null): void {
  const same = people.find((p) => couldBeSamePerson(p.name, name))
  if (same) {
    if (personWords(name).length > personWords(same.name).length) same.name = name
    if (title && !same.titles.includes(title)) same.titles.push(title)
    if (role && !same.roles.includes(role)) same.roles.push(role)
    return
  }
  people.push({ name, titles: title ? [title] : [], roles: role ? [role] : [] })
}

/** The single person of a list, allowing several spellings of one person ("Joe Biden", "Joseph R. Biden"). */
function unique(list: NamedPerson[]): NamedPerson | null {
  if (list.length === 0) return null
  return list.every((p) => couldBeSamePerson(p.name, list[0]!.name)) ? list[0]! : null
}
