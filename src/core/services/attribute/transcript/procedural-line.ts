import { STAGE_DIRECTION } from './label-words'

/**
 * Lines a record's clerk or editor wrote, not any speaker: the Congressional Record's, Hansard's and the UN's
 * procedural formulas ("There was no objection.", "The Clerk read the title of the bill.", "The agenda was
 * adopted.", "Question put and agreed to."), a transcript's closing "END 11:45 A.M. EST", and stage directions
 * ("(Laughter.)", "[Applause]").
 */
const FORMULA = new RegExp(
  [
    String.raw`There was no objection\.?$`,
    String.raw`The Clerk (?:read|will (?:read|report|designate)|designated|reported)\b`,
    String.raw`Accordingly,? the (?:House|Committee|Senate)\b`,
    String.raw`The (?:question|motion|amendment|bill|resolution|yeas and nays|vote)\b.{0,120}\b(?:was|were) (?:taken|agreed to|ordered|adopted|rejected|laid on the table|not agreed to)\b`,
    String.raw`The (?:meeting|sitting|hearing) (?:was called to order|rose|was suspended|was resumed|resumed|was adjourned|adjourned)\b`,
    String.raw`The agenda was adopted\.?$`,
    String.raw`Question put(?: and agreed to)?\.?$`,
    String.raw`Motion made,? and Question proposed\b`,
    String.raw`Moved by (?:the )?\p{Lu}[\p{L}'’ .-]{1,60}$`,
    String.raw`A recorded vote was (?:ordered|demanded)\b`,
    String.raw`END\b.{0,30}$`,
    String.raw`[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?$`,
    String.raw`(?:Break|Intro|Outro|Music|Ad break|Commercial break|Sponsor(?: break)?)\s*:?\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)?$`,
    String.raw`\[?(?:The )?(?:House|Committee|Senate) (?:divided|adjourned|stood adjourned)\b`
  ].join('|'),
  'u'
)

export function isProceduralLine(line: string): boolean {
  const t = line.trim()
  return STAGE_DIRECTION.test(t) || new RegExp(`^(?:${FORMULA.source})`, 'u').test(t)
}
