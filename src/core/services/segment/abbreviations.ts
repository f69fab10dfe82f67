/**
 * Word lists for sentence splitting, compared lowercase and without the final dot. Adapted from the
 * Pragmatic Segmenter's English lists (MIT, see test-fixtures/golden-rules/LICENSE-pySBD) and extended
 * for news and government transcripts.
 */
const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/))

/** Titles and other words that precede a name or number: a sentence never ends after them ("Gen. Smith"). */
export const PREPOSITIVE = words(`
  mr mrs ms mx messrs mssrs mme mlle mmes dr drs prof profs
  gen gens lt col maj capt cmdr cdr comdr adm brig sgt cpl pvt pfc spc sfc ens
  sen sens rep reps gov govs amb ambs pres supt insp det rev fr msgr hon rt sec secy asst dep dir atty
  st mt ft fig figs v vs
`)

/** Words a sentence never ends on even before a capital ("e.g. The Economist"). */
export const NEVER_FINAL = words('e.g i.e cf viz eg ie')

/** Abbreviations that stay in the sentence when a number follows ("No. 5", "p. 55"). */
export const BEFORE_NUMBER = words('no nos nr art arts ext p pp vol vols ch chap para paras tel ref refs')

/**
 * Other abbreviations: they end a sentence only before a typical sentence opener ("… Pitt, Briggs & Co. It
 * closed"), not before a number, a lowercase word or a name ("Jan. 5", "Martin Luther King Jr. Day").
 */
export const ABBREVIATIONS = words(`
  inc ltd co corp llc plc bros assn assoc dept depts univ est approx ave blvd rd hwy
  etc al jr sr esq min max
  jan feb mar apr jun jul aug sep sept oct nov dec
  mon tue tues wed thu thur thurs fri sat sun
  ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont
  neb nebr nev okla ore pa penn tenn tex va vt wash wis wisc wyo
`)

/** Dotted abbreviations that are times of day ("5 p.m."). */
export const TIMES_OF_DAY = words('a.m p.m')

/**
 * Words that typically open a sentence. After a dotted acronym ("U.S.") or an initial, only these
 * (case-sensitive) make the dot a sentence end: "I live in the U.S. How about you?"
 */
export const SENTENCE_STARTERS = words(`
  A An The This That These Those There Here It Its He She They We I You His Her Their Our My Your
  But And So Yet Or Nor However Meanwhile Then Now Still Also Instead Moreover Nevertheless
  In On At For After Before When While If As Since Although Though Because Once Until During
  What Where Who Whom Why How Which Whether Did Do Does Is Are Was Were Has Have Had Could Would Should
  Being More Most Many Some All Both Each Every Millions Thousands Let Yes No Thank Thanks Please
  Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr
`)

/** Prepositions that open a phrase like "At 5 a.m." that cannot be a sentence of its own. */
export const PREPOSITIONS = words(`
  at in on by from until till before after around about since for during near within throughout
`)
