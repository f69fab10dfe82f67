/** Word lists for reading speaker labels. All compared lowercase. */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/))

/** Honorifics as labels write them, with or without a dot. */
export const LABEL_HONORIFICS = words(
  'mr mrs ms miss mx dr prof sir dame lord lady baroness baron madam mme hon rev sen rep gen adm amb col lt capt maj sgt'
)

/** Honorifics that say the speaker is a woman. */
export const FEMALE_HONORIFICS = words('mrs ms miss dame lady baroness madam mme')

/**
 * Offices and roles that may open a label before a name ("SECRETARY OF DEFENSE LLOYD J. AUSTIN III",
 * "President of Russia Vladimir Putin", "Chairman MCCAUL") or make up a label alone ("MODERATOR", "The SPEAKER pro
 * tempore"). Longest first when matched as phrases.
 */
export const TITLE_PHRASES = [
  'secretary of state',
  'secretary of defense',
  'secretary of defence',
  'secretary-general',
  'secretary general',
  'under secretary',
  'under-secretary-general',
  'deputy secretary',
  'assistant secretary',
  'press secretary',
  'deputy press secretary',
  'foreign secretary',
  'home secretary',
  'defence secretary',
  'defense secretary',
  'foreign minister',
  'defence minister',
  'defense minister',
  'prime minister',
  'deputy prime minister',
  'vice president',
  'vice-president',
  'first lady',
  'second gentleman',
  'national security advisor',
  'national security adviser',
  'attorney general',
  'chief justice',
  'justice',
  'speaker pro tempore',
  'deputy speaker',
  'madam deputy speaker',
  'presiding officer',
  'acting chair',
  'acting chairman',
  'ranking member',
  'president',
  'chancellor',
  'premier',
  'minister',
  'secretary',
  'ambassador',
  'senator',
  'representative',
  'congressman',
  'congresswoman',
  'governor',
  'mayor',
  'general',
  'admiral',
  'colonel',
  'lieutenant general',
  'major general',
  'brigadier general',
  'captain',
  'commander',
  'chairman',
  'chairwoman',
  'chair',
  'speaker',
  'director',
  'commissioner',
  'ambassador',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'judge',
  'deputy'
].sort((a, b) => b.length - a.length)

/** Words that make a label a role when it has no name: "MODERATOR", "SENIOR ADMINISTRATION OFFICIAL", "Speaker 1". */
export const ROLE_WORDS = words(`
  moderator operator staff host co-host cohost anchor interviewer interviewee narrator announcer correspondent
  spokesperson spokesman spokeswoman official officer participant panelist panellist audience member guest caller
  voice unidentified unknown male female man woman speaker interpreter translator witness counsel clerk reporter
  journalist senior administration state department defense defence senior senior-administration officials
  president vice prime minister secretary chancellor premier ambassador senator representative governor mayor
  general admiral chairman chairwoman chair presiding pro tempore acting deputy ranking member director
  commissioner judge justice chief presenter facilitator respondent student resident teacher doctor
  first lady king queen prince princess pope commander colonel captain advisor adviser coordinator
  `)

/** Abbreviations a transcript labels offices with: "SG:" is the Secretary-General. */
export const OFFICE_ABBREVIATIONS: Record<string, string> = {
  sg: 'Secretary-General',
  dsg: 'Deputy Secretary-General',
  srsg: 'Special Representative of the Secretary-General',
  pm: 'Prime Minister',
  fm: 'Foreign Minister',
  potus: 'President',
  vpotus: 'Vice President'
}

/** Role words that qualify a role but name no one alone: "Senior", "State Department", "Acting". */
export const ROLE_MODIFIERS = words(
  'unidentified unknown male female senior administration state department defense defence senior-administration acting deputy vice first ranking pro tempore presiding chief audience'
)

/** Labels that mean "the question" in a press conference or interview. */
export const QUESTION_LABELS = new Set([
  ...words('q question questioner questions reporter reporters journalist journalists press'),
  'the press',
  'the reporter',
  'audience question'
])

/** Labels that mean "the answer" in a Q & A. */
export const ANSWER_LABELS = words('a answer')

/**
 * First words that make "Word:" a heading, a form field or a note rather than a speaker: "Note:", "Update:",
 * "Editor's note:", "Date:", "Key points:", "Show Open:". Compared on the label's first word, possessive dropped.
 */
export const NOT_A_SPEAKER = words(`
  note notes nb ps fyi update updated updates correction corrections clarification editor editors source sources
  related photo photos picture image images video videos watch read listen summary background see tags tag topics
  keywords transcript transcripts date dateline dated time location place venue by title subject re fw fwd to from
  cc bcc sent attachment attachments warning caution disclaimer caption credit credits share comments comment posted
  published filed abstract introduction conclusion conclusions key bottom what why how when where who which example
  examples step steps tip tips fact facts breaking live latest more also attention agenda attendees present absent
  minutes action actions decision decisions outcome result results status price cost total address phone tel
  telephone fax email e-mail website web url link links reference references bibliography appendix table figure
  fig chapter section part article episode season show segment scene act chorus verse bridge end begin beginning
  continued cont here there yes no ok okay well so and but or if then now today tomorrow yesterday exclusive
  opinion analysis review contents index glossary definition definitions rule rules objective objectives purpose
  scope method methods methodology findings recommendation recommendations background context overview highlights
  headline headlines lede lead byline contact contacts media press release statement statements readout
  categories category subjects subject names dcpd citation citations number keywords
  january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday the a an in on at for of with this that these those our my your its
  his her their we they it i you he she break intro outro sponsor sponsors ad ads music promo teaser
  `)

/** Role labels that name whoever presides: resolved to the person the record puts "in the chair". */
export const PRESIDING_ROLES = new Set([
  'speaker pro tempore',
  'acting speaker pro tempore',
  'chair',
  'acting chair',
  'chairman',
  'acting chairman',
  'chairwoman',
  'presiding officer',
  'deputy speaker',
  'madam deputy speaker',
  'speaker'
])

/** Parentheticals after a label that say how, not who: "(spoke in Russian)", "(through interpreter)", "(cont'd)". */
export const DELIVERY_NOTE =
  /^(?:spoke|speaking|speaks|through|via|in|as|continuing|continued|cont['’]?d|inaudible|off[- ]mic|laughs|laughter|crosstalk|cross-talk|interpreted|translated|translation|by video|video|remotely|on the line|participating|audio|unofficial)\b/i

/** Short stage directions in a transcript, never anyone's statement: "(Laughter.)", "[Applause]", "(inaudible)". */
export const STAGE_DIRECTION =
  /^[([]\s*(?:laughter|laughs|applause|inaudible|crosstalk|cross talk|cross-talk|pause|music|video plays|audio plays|break|recess|interruption|interjection|off[- ]mi(?:c|ke)|unintelligible|indiscernible|technical difficulties|no response|silence|sighs|chuckles|coughs|bell rings|gavel|end|begin|in english|in [a-z]+ \(?via interpret|as interpreted|through (?:an )?interpreter|via interpret|interpreted|translation|translated|speaks? in|spoke in)[^)\]]{0,40}[.!]?\s*[)\]]\.?$/i
