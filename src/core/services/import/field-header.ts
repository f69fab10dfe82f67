/** A block of `Key: value` lines at the top of a text file (see readFieldHeader). */
export interface FieldHeader {
  fields: { key: string; value: string }[]
  /** Where the body starts: after the block and the rule line that closes it, if one does. */
  end: number
}

/** Keys a source's metadata header uses (web clippers, press-database exports, collected corpora), lower case. */
const METADATA_KEYS = new Set([
  'title',
  'subtitle',
  'headline',
  'date',
  'published',
  'publication date',
  'date published',
  'updated',
  'author',
  'authors',
  'by',
  'byline',
  'source',
  'publisher',
  'publication',
  'url',
  'link',
  'source url',
  'original url',
  'retrieved',
  'accessed',
  'captured',
  'language',
  'section',
  'length',
  'word count',
  'copyright',
  'rights',
  'licence',
  'license',
  'description',
  'summary',
  'keywords',
  'tags',
  'type',
  'format',
  'location',
  'place',
  'event',
  'participants',
  'speakers',
  'transcript',
  'convention',
  'notes'
])

const FIELD_LINE = /^([\p{Lu}][\p{L}\d .'’/&()-]{0,39}?)[ \t]*:[ \t]+(\S.*?)\s*$/u
const RULE_LINE = /^[ \t]*([-=_*~#])\1{2,}[ \t]*$/

export const isMetadataKey = (key: string): boolean =>
  METADATA_KEYS.has(key.toLowerCase().replace(/\s+/g, ' '))

/**
 * The metadata block a text file opens with, if it has one: consecutive `Key: value` lines, closed by a rule line
 * (`-----`, `=====`) or a blank line or the end. Closed by a rule, a block naming at least one metadata key is
 * metadata whatever its other keys (`Convention:`, `Retrieved:`); closed otherwise, every key must be a metadata
 * key — so a transcript's first turn (`MR. KIRBY: Good afternoon.`, `Q: …`) is never taken for one. Lines of
 * metadata keys that run straight into the body (`Date: …` above `KIRBY: …`) are a block of their own.
 */
export function readFieldHeader(text: string): FieldHeader | null {
  const at = /^(?:[ \t]*\n)*/.exec(text)![0].length
  const fields: { key: string; value: string; end: number }[] = []
  let pos = at
  for (;;) {
    const nl = text.indexOf('\n', pos)
    const line = text.slice(pos, nl < 0 ? text.length : nl)
    const m = FIELD_LINE.exec(line)
    if (!m || fields.length >= 40) break
    fields.push({ key: m[1]!.trim(), value: m[2]!, end: nl < 0 ? text.length : nl + 1 })
    if (nl < 0) break
    pos = nl + 1
  }
  if (fields.length === 0) return null
  const after = fields.at(-1)!.end
  const nl = text.indexOf('\n', after)
  const next = after >= text.length ? null : text.slice(after, nl < 0 ? text.length : nl)
  const known = fields.filter((f) => isMetadataKey(f.key)).length
  const strip = (list: typeof fields) => list.map(({ key, value }) => ({ key, value }))
  if (next !== null && RULE_LINE.test(next) && known > 0)
    return { fields: strip(fields), end: nl < 0 ? text.length : nl + 1 }
  if ((next === null || next.trim() === '') && known === fields.length)
    return { fields: strip(fields), end: after }
  let lead = 0
  while (lead < fields.length && isMetadataKey(fields[lead]!.key)) lead++
  return lead > 0 ? { fields: strip(fields.slice(0, lead)), end: fields[lead - 1]!.end } : null
}
