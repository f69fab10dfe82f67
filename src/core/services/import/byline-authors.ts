/** "By", "Written by", "Par", "Por", "Von", "Door", "Di", "Av" … before a name. */
const LEAD =
  /^(?:(?:written|words|story|text|reported|posted)\s+)?(?:by|par|por|von|door|di|av|от|作者)(?:\s*[:\s]\s*|$)/i
/** Lines naming someone other than an author. */
const NOT_AUTHOR =
  /^(?:edited|photos?|photographs?|pictures?|illustrations?|video|graphics|translated)\s+by\b/i
/** Words of a date or time stamp, dropped from the end of a name once its digits are cut off. */
const DATE_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|on|at|updated|published|posted|last|am|pm)$/i
const PUNCTUATION = /^[\s,.:;|•·—–-]+|[\s,.:;|•·—–-]+$/g
const URL = /\bhttps?:\/\/[^\s()<>]+/gi
const MAX_NAME = 100

/**
 * The author names in a byline as pages print it: "By Ann Lee and Bob Ray" → ["Ann Lee", "Bob Ray"].
 * Drops a leading "By" (and its equivalents), a date or time after the name ("By Jo Li\nMarch 25, 2015",
 * "by Jo Li22 Dec 2016"), URLs, and lines for editors or photographers. Splits on "and", "und", "et", on
 * "&", "," and ";" when every part is a name of two words or more (so "Mac & i" or "Goodman, MA" stay
 * whole), never inside parentheses.
 */
export function bylineAuthors(byline: string): string[] {
  const names: string[] = []
  for (const rawLine of byline.split(/[\n\r]+/)) {
    let line = rawLine.replace(/\s+/g, ' ').trim()
    if (line.length > MAX_NAME * 3 || NOT_AUTHOR.test(line)) continue
    line = line
      .replace(URL, '')
      .replace(/\(\s*\)/g, '')
      .replace(LEAD, '')
    const digit = line.search(/\d/)
    if (digit >= 0) line = withoutDateWords(line.slice(0, digit))
    line = line.replace(PUNCTUATION, '')
    if (line === '') continue
    for (const name of splitNames(line)) {
      if (name.length <= MAX_NAME && !names.includes(name)) names.push(name)
    }
  }
  return names
}

/** A month glued to the name before it, as a byline's text reads when a `<br>` separated them: "Bob RayMarch". */
const GLUED_MONTH = /(?<=\p{Ll})(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*$/u

function withoutDateWords(s: string): string {
  const words = s.replace(PUNCTUATION, '').replace(GLUED_MONTH, '').split(' ')
  while (words.length > 0 && DATE_WORD.test(words[words.length - 1]!.replace(PUNCTUATION, ''))) words.pop()
  return words.join(' ')
}

function splitNames(line: string): string[] {
  if (line.includes('(')) return [line]
  const byWord = line.split(/\s+(?:and|und|et)\s+/i)
  const parts = byWord.flatMap((part) => {
    const pieces = part.split(/\s*[,;&]\s*/).filter((p) => p !== '')
    return pieces.length > 1 && pieces.every((p) => p.split(' ').length >= 2) ? pieces : [part]
  })
  return parts.map((p) => p.trim()).filter((p) => p !== '')
}
