import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { codePointToUtf16 } from './code-point-to-utf16'
import { decodeText } from '../import/decode-text'
import { displayName, ImportError, importError, type ImportOptions } from '../import/imported-source'
import { isSafeZipPath } from '../import/is-safe-zip-path'
import { checkImportSize } from '../import/limits'
import type { QdpxCode, QdpxProject, QdpxSelection, QdpxSource } from './qdpx-project'
import { readZip, ZipReadError } from '../import/read-zip'
import { throwIfAborted } from '../import/throw-if-aborted'

type El = Record<string, unknown>

const LISTS = new Set([
  'Code',
  'TextSource',
  'PDFSource',
  'PlainTextSelection',
  'Coding',
  'CodeRef',
  'NoteRef',
  'Note',
  'Link',
  'User'
])

/**
 * Reads a REFI-QDA project (.qdpx, QDA-XML 1.0): its codebook, text sources with their coded selections,
 * notes and links. Other tools' quirks it copes with: `plainTextPath` with or without `internal://`,
 * `sources/` or `Sources/` (any case), a BOM at the start of a .txt (offsets count from after it),
 * `PlainTextContent` inline, CRLF line endings (text becomes LF, offsets follow), GUIDs in braces or upper case.
 * Selection offsets are code points in the file and UTF-16 units in the result. Picture, audio and video
 * sources, PDF coordinates, cases, variables, sets and graphs are not read.
 * Errors: "is a truncated or damaged zip", "contains an unsafe path "…" (zip slip)", "has no project.qde (not a
 * REFI-QDA project)", "<file>: project.qde is not well-formed XML (line N: …)", "<file>: project.qde is not a
 * REFI-QDA project (no <Project> element)", "<file>: sources/x.txt is not valid UTF-8 (byte N)".
 */
export async function parseQdpx(
  bytes: Uint8Array,
  fileName: string,
  opts: ImportOptions = {}
): Promise<QdpxProject> {
  throwIfAborted(opts.signal)
  checkImportSize(bytes.byteLength, fileName)
  if (bytes.byteLength === 0) throw importError(fileName, 'is empty')
  const label = (entry: string): string => `${displayName(fileName)}: ${entry}`
  const qdeError = (predicate: string): ImportError =>
    new ImportError(fileName, `${label('project.qde')} ${predicate}`)

  let entries: Map<string, Uint8Array>
  try {
    entries = readZip(bytes, {
      inspect: (name) => {
        if (!isSafeZipPath(name)) throw importError(fileName, `contains an unsafe path "${name}" (zip slip)`)
      },
      want: (name) => /^project\.qde$/i.test(name) || /\.txt$/i.test(name)
    })
  } catch (err) {
    if (err instanceof ZipReadError) {
      const known = err.kind === 'too-large' || err.entry !== undefined
      throw importError(fileName, known ? err.message : 'is a truncated or damaged zip')
    }
    throw err
  }
  const byLowerName = new Map([...entries.keys()].map((k) => [k.toLowerCase(), k]))
  const qdeName = byLowerName.get('project.qde')
  if (qdeName === undefined) throw importError(fileName, 'has no project.qde (not a REFI-QDA project)')
  const xml = decodeText(entries.get(qdeName)!, fileName, {
    label: label('project.qde'),
    keepLineEndings: true
  })
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    throw qdeError(`is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`)
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true, // decodes numeric character references (&#13;, &#x2014;) too
    isArray: (name) => LISTS.has(name)
  })
  let parsed: El
  try {
    parsed = parser.parse(xml) as El
  } catch (err) {
    // e.g. a DOCTYPE declaring external entities (XXE), which the parser refuses
    throw qdeError(`could not be read: ${err instanceof Error ? err.message : String(err)}`)
  }
  const project = parsed.Project
  if (!isEl(project)) throw qdeError('is not a REFI-QDA project (no <Project> element)')
  throwIfAborted(opts.signal)

  const warnings: string[] = []
  const readText = (el: El, what: string): string | null => {
    const inline = el.PlainTextContent
    if (typeof inline === 'string') return inline
    const path = attr(el, 'plainTextPath')
    if (!path) return isEl(inline) ? '' : null // <PlainTextContent/> is an empty text
    const entry = findEntry(path, byLowerName)
    if (entry === undefined) {
      warnings.push(`${what}: its text file "${path}" is not in the archive; skipped`)
      return null
    }
    return decodeText(entries.get(entry)!, fileName, {
      label: label(entry),
      allowEmpty: true,
      keepLineEndings: true
    })
  }

  const codes: QdpxCode[] = []
  const walkCodes = (list: unknown, parentGuid: string | null): void => {
    for (const c of asList(list)) {
      const guid = normalizeGuid(attr(c, 'guid'))
      if (!guid) continue
      const description = textOf(c.Description)
      codes.push({
        guid,
        name: attr(c, 'name') ?? '',
        color: normalizeColor(attr(c, 'color')),
        description,
        parentGuid
      })
      walkCodes(c.Code, guid)
    }
  }
  walkCodes(child(child(project, 'CodeBook'), 'Codes')?.Code, null)
  const codeGuids = new Set(codes.map((c) => c.guid))

  const notes: QdpxProject['notes'] = []
  for (const n of asList(child(project, 'Notes')?.Note)) {
    const guid = normalizeGuid(attr(n, 'guid'))
    const name = attr(n, 'name') ?? ''
    const raw = guid ? readText(n, `note "${name}"`) : null
    if (guid && raw !== null) notes.push({ guid, name, text: codePointToUtf16(raw).text, ...creatingUser(n) })
  }
  const noteText = new Map(notes.map((n) => [n.guid, n.text]))

  const sources: QdpxSource[] = []
  const sourcesEl = child(project, 'Sources')
  const textSources = [
    ...asList(sourcesEl?.TextSource).map((el) => ({ el, outer: el })),
    ...asList(sourcesEl?.PDFSource).flatMap((outer) =>
      isEl(outer.Representation) ? [{ el: outer.Representation, outer }] : []
    )
  ]
  for (const { el, outer } of textSources) {
    throwIfAborted(opts.signal)
    const guid = normalizeGuid(attr(outer, 'guid'))
    const name = attr(outer, 'name') ?? attr(el, 'name') ?? ''
    const what = `source "${name || guid}"`
    const raw = guid ? readText(el, what) : null
    if (!guid || raw === null) continue
    const { text, toUtf16 } = codePointToUtf16(raw)
    let unknownCodes = 0
    const selections: QdpxSelection[] = []
    const codedRefs = (codings: unknown): string[] => {
      const refs = asList(codings).flatMap((coding) =>
        asList(coding.CodeRef).map((r) => normalizeGuid(attr(r, 'targetGUID')))
      )
      const known = refs.filter((g): g is string => g !== null && codeGuids.has(g))
      unknownCodes += refs.length - known.length
      return [...new Set(known)]
    }
    for (const sel of asList(el.PlainTextSelection)) {
      const selGuid = normalizeGuid(attr(sel, 'guid'))
      const [from, to] = [attr(sel, 'startPosition'), attr(sel, 'endPosition')]
      const start = toUtf16(Number(from))
      const end = toUtf16(Number(to))
      if (!selGuid || start === null || end === null || end < start) {
        const why =
          start === null || end === null
            ? `is outside its text of ${[...raw].length} characters`
            : !selGuid
              ? 'has no guid'
              : 'ends before it starts'
        warnings.push(`${what}: selection ${attr(sel, 'guid') ?? '?'} (${from}–${to}) ${why}; skipped`)
        continue
      }
      const noteParts = [
        textOf(sel.Description),
        ...asList(sel.NoteRef).map((r) => noteText.get(normalizeGuid(attr(r, 'targetGUID')) ?? ''))
      ]
      const note = noteParts.filter((p): p is string => !!p && p.trim() !== '').join('\n\n')
      const codingUsers: Record<string, string> = {}
      for (const coding of asList(sel.Coding)) {
        const user = normalizeGuid(attr(coding, 'creatingUser'))
        for (const r of asList(coding.CodeRef)) {
          const code = normalizeGuid(attr(r, 'targetGUID'))
          if (user && code) codingUsers[code] ??= user
        }
      }
      const created = attr(sel, 'creationDateTime')
      selections.push({
        guid: selGuid,
        start,
        end,
        codeGuids: codedRefs(sel.Coding),
        note: note || null,
        ...creatingUser(sel),
        ...(created && { creationDateTime: created }),
        ...(Object.keys(codingUsers).length > 0 && { codingUsers })
      })
    }
    // A Coding on the source itself codes the whole text.
    for (const coding of asList(el.Coding)) {
      const codingGuid = normalizeGuid(attr(coding, 'guid'))
      const refs = codedRefs(coding)
      if (codingGuid && refs.length > 0)
        selections.push({ guid: codingGuid, start: 0, end: text.length, codeGuids: refs, note: null })
    }
    if (unknownCodes > 0) {
      warnings.push(`${what}: ${unknownCodes} coding(s) refer to codes that are not in the codebook; skipped`)
    }
    sources.push({ guid, name, text, selections })
  }

  const links: QdpxProject['links'] = []
  for (const l of asList(child(project, 'Links')?.Link)) {
    const guid = normalizeGuid(attr(l, 'guid'))
    const originGuid = normalizeGuid(attr(l, 'originGUID'))
    const targetGuid = normalizeGuid(attr(l, 'targetGUID'))
    if (guid && originGuid && targetGuid)
      links.push({ guid, name: attr(l, 'name') ?? '', originGuid, targetGuid, ...creatingUser(l) })
    else warnings.push(`link ${attr(l, 'guid') ?? '?'}: no origin or target; skipped`)
  }
  const users = asList(child(project, 'Users')?.User).flatMap((u) => {
    const guid = normalizeGuid(attr(u, 'guid'))
    const name = attr(u, 'name')
    return guid ? [{ guid, ...(name !== undefined && { name }) }] : []
  })
  opts.onProgress?.(1, 1)
  return { name: attr(project, 'name') ?? '', codes, sources, notes, links, users, warnings }
}

function creatingUser(el: El): { creatingUser?: string } {
  const user = normalizeGuid(attr(el, 'creatingUser'))
  return user ? { creatingUser: user } : {}
}

/** The zip entry a `plainTextPath` points to: `internal://x.txt`, `x.txt`, `sources/x.txt`, any case. */
function findEntry(path: string, byLowerName: Map<string, string>): string | undefined {
  const bare = path.replace(/^internal:\/\//i, '').replace(/^\.?\//, '')
  let decoded = bare
  try {
    decoded = decodeURIComponent(bare)
  } catch {
    // not percent-encoded
  }
  for (const p of new Set([bare, decoded])) {
    const hit = byLowerName.get(`sources/${p}`.toLowerCase()) ?? byLowerName.get(p.toLowerCase())
    if (hit !== undefined) return hit
  }
  return undefined
}

function isEl(v: unknown): v is El {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
function asList(v: unknown): El[] {
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(isEl)
}
function child(el: El | undefined, name: string): El | undefined {
  const v = el?.[name]
  return isEl(v) ? v : undefined
}
function attr(el: El, name: string): string | undefined {
  const v = el[`@_${name}`]
  return typeof v === 'string' ? v : undefined
}
function textOf(v: unknown): string | null {
  const s = typeof v === 'string' ? v : isEl(v) && typeof v['#text'] === 'string' ? v['#text'] : ''
  return s.trim() === '' ? null : codePointToUtf16(s).text.trim()
}
function normalizeGuid(g: string | undefined): string | null {
  const s = g
    ?.trim()
    .replace(/^\{(.*)\}$/, '$1')
    .toLowerCase()
  return s ? s : null
}
function normalizeColor(c: string | undefined): string | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(c?.trim() ?? '')
  if (!m) return null
  const hex = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!
  return `#${hex.toLowerCase()}`
}
