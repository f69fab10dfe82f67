/**
 * Words of offices, ranks and organisations, compared lowercase without a final dot, and the one form an office
 * is compared in ("Gen." and "general" are one office; "spokeswoman" and "spokesman" too).
 */
const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/))

const OFFICE_WORDS = set(`
  president presidents president-elect vice vice-president prime minister minister-president secretary
  secretary-general under-secretary-general undersecretary general gen brig brigadier lt lieutenant maj major col
  colonel capt captain sgt sergeant adm admiral commander cmdr chancellor premier senator sen rep representative
  governor gov mayor ambassador amb envoy chairman chairwoman chair speaker director commissioner spokesman
  spokeswoman spokesperson press deputy acting foreign defense defence interior finance home state chief head
  justice judge king queen prince princess pope emperor sheikh emir crown attorney lady special assistant under
  high adviser advisor coordinator leader executive officer former first`)

const ORGANISATION_WORDS = set(`
  air force navy army marine marines corps guard coast pentagon white house kremlin department ministry office
  agency council committee commission court bank party administration government nations union organization
  organisation institute university center centre command forces staff joint chiefs bureau service services
  intelligence police embassy mission national security federal republic parliament assembly congress senate
  cabinet presidency media news press radio television times post journal democrat democrats republican
  republicans democratic`)

/** Heads of institutions that speak: "the Pentagon said", "Ukraine's military said", "the defense ministry said". */
export const INSTITUTION_HEADS = set(`
  military army navy force forces ministry department kremlin pentagon house government police command office
  agency service staff intelligence embassy mission guard guards administration cabinet presidency commission
  secretariat headquarters`)

const CANONICAL: Record<string, string> = {
  gen: 'general',
  brig: 'general',
  brigadier: 'general',
  lt: 'lieutenant',
  maj: 'major',
  col: 'colonel',
  capt: 'captain',
  sgt: 'sergeant',
  adm: 'admiral',
  cmdr: 'commander',
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  amb: 'ambassador',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  advisor: 'adviser',
  chairman: 'chair',
  chairwoman: 'chair',
  defence: 'defense',
  presidents: 'president',
  'secretary general': 'secretary-general',
  'head of state': 'president'
}

const bare = (w: string): string => w.toLowerCase().replace(/\.$/, '')

export function isOfficeWord(word: string): boolean {
  return OFFICE_WORDS.has(bare(word))
}

export function isOrganisationWord(word: string): boolean {
  return ORGANISATION_WORDS.has(bare(word))
}

/** The form an office word is compared in: "Gen." → "general", "Spokeswoman" → "spokesperson". */
export function officeKey(word: string): string {
  const w = bare(word)
  return CANONICAL[w] ?? w
}

/** Office words that name no office alone: they qualify the next one (a portfolio, or "acting"). */
const QUALIFYING = set('acting former first special high')
const PORTFOLIO = set(
  'press foreign defense defence interior finance home state prime deputy vice under assistant prosecutor attorney surgeon inspector auditor solicitor'
)
const PORTFOLIO_OF =
  /\b(secretary|minister|ministry|department) (?:of|for) (?:the )?(state|defen[cs]e|foreign affairs|interior|finance|home affairs)\b/g

/**
 * The offices a title names, compared form: "U.S. Secretary of State" → ["state secretary"], "Ukrainian
 * President" → ["president"], "Pentagon Press Secretary Air Force Brig. Gen." → ["press secretary", "general"],
 * "Head of State" → ["president"].
 */
export function officesOf(title: string): string[] {
  const t = title
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\bhead of (?:the )?state\b/g, 'president')
    .replace(/\bsecretary[- ]general\b/g, 'secretary-general')
    .replace(
      PORTFOLIO_OF,
      (_, head: string, field: string) => `${field.split(' ')[0]!.replace('defence', 'defense')} ${head}`
    )
  const out: string[] = []
  const words = t.split(' ')
  words.forEach((w, k) => {
    if (!OFFICE_WORDS.has(bare(w)) || QUALIFYING.has(bare(w)) || PORTFOLIO.has(bare(w))) return
    const lead: string[] = []
    for (let j = k - 1; j >= 0 && PORTFOLIO.has(bare(words[j]!)); j--) lead.unshift(officeKey(words[j]!))
    const key = [...lead, officeKey(w)].join(' ')
    if (!out.includes(key)) out.push(key)
  })
  return out
}

/** Portfolios a bare office word may stand for: "the secretary" can be the defense secretary, not the vice president. */
const LOOSE = set('defense foreign state press interior finance home')

/** Whether an office as an epithet names ("the secretary", "the defense secretary") is one a person holds. */
export function officeMatches(epithet: string, held: string): boolean {
  if (epithet === held) return true
  const words = held.split(' ')
  return !epithet.includes(' ') && words.length === 2 && words[1] === epithet && LOOSE.has(words[0]!)
}
