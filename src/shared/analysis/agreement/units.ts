import { AgreementInputError, type ReliabilityData, type ReliabilityUnit } from './reliability-data'

/** The reliability data of one theme: whether each coder coded each unit with it. */
export interface ThemeUnits {
  themeId: string
  data: ReliabilityData
}

interface UnitsInput {
  coders: readonly string[]
  /** The documents each coder has worked on; by default, those in which the coder has a coding. */
  workedOn?: ReadonlyMap<string, ReadonlySet<string>>
  /** The themes to compare, in this order; by default, every theme one of the coders applied in the units. */
  themeIds?: readonly string[]
}

export interface StatementUnitsInput extends UnitsInput {
  statements: readonly { id: string; documentId: string }[]
  /** Statement-level codings: a theme applied to the statement, as a whole or through a span inside it. */
  codings: readonly { coder: string; statementId: string; themeId: string }[]
}

export interface SpanUnitsInput extends UnitsInput {
  /** Each document and the length of its text. */
  documents: readonly { id: string; length: number }[]
  /** Coded ranges of a document's text, [start, end). */
  spans: readonly { coder: string; documentId: string; themeId: string; start: number; end: number }[]
}

function checkCoders(coders: readonly string[]): void {
  if (coders.length < 2)
    throw new AgreementInputError(
      `agreement needs at least 2 coders; got ${coders.length === 1 ? `only ${coders[0]}` : 'none'}`
    )
  if (new Set(coders).size !== coders.length)
    throw new AgreementInputError('each coder may be named only once')
}

/** The documents worked on by two or more of the coders, and who worked on each. */
function sharedDocuments(
  coders: readonly string[],
  workedOn: ReadonlyMap<string, ReadonlySet<string>>
): Map<string, boolean[]> {
  const byDocument = new Map<string, boolean[]>()
  coders.forEach((coder, i) => {
    for (const doc of workedOn.get(coder) ?? []) {
      const row = byDocument.get(doc) ?? new Array<boolean>(coders.length).fill(false)
      row[i] = true
      byDocument.set(doc, row)
    }
  })
  for (const [doc, row] of byDocument) if (row.filter(Boolean).length < 2) byDocument.delete(doc)
  return byDocument
}

function workedOnFrom(
  coders: readonly string[],
  codings: Iterable<{ coder: string; documentId: string }>
): Map<string, Set<string>> {
  const out = new Map(coders.map((c) => [c, new Set<string>()]))
  for (const c of codings) out.get(c.coder)?.add(c.documentId)
  return out
}

function themeOrder(given: readonly string[] | undefined, used: Iterable<string>): string[] {
  return given ? [...given] : [...new Set(used)].sort()
}

/**
 * Statement-level units, one reliability table per theme: a unit is a statement of a document that two or more of
 * the coders worked on; a coder's value is whether they coded it with the theme, or null (missing) when they have
 * not worked on its document.
 */
export function statementUnits(input: StatementUnitsInput): ThemeUnits[] {
  const { coders } = input
  checkCoders(coders)
  const documentOf = new Map(input.statements.map((s) => [s.id, s.documentId]))
  const known = new Set(coders)
  const codings = input.codings.flatMap((c) => {
    const documentId = documentOf.get(c.statementId)
    return documentId !== undefined && known.has(c.coder) ? [{ ...c, documentId }] : []
  })
  const shared = sharedDocuments(coders, input.workedOn ?? workedOnFrom(coders, codings))
  const coded = new Set(codings.map((c) => `${c.coder}\u0000${c.statementId}\u0000${c.themeId}`))
  const units = input.statements.filter((s) => shared.has(s.documentId))
  const themes = themeOrder(
    input.themeIds,
    codings.filter((c) => shared.has(c.documentId)).map((c) => c.themeId)
  )
  return themes.map((themeId) => ({
    themeId,
    data: {
      coders,
      units: units.map((s) => {
        const present = shared.get(s.documentId)!
        return {
          id: s.id,
          values: coders.map((coder, i) =>
            present[i] ? coded.has(`${coder}\u0000${s.id}\u0000${themeId}`) : null
          )
        }
      })
    }
  }))
}

/**
 * Span-level units by character overlap, one reliability table per theme (as QualCoder and ATLAS.ti compare
 * codings): each document two or more coders worked on is cut at every boundary of a span coded with the theme,
 * and each piece is a unit weighted by its length in characters, so the statistics count characters. A coder's
 * value is whether one of their spans covers the piece, or null when they have not worked on the document.
 */
export function spanUnits(input: SpanUnitsInput): ThemeUnits[] {
  const { coders } = input
  checkCoders(coders)
  const lengthOf = new Map(input.documents.map((d) => [d.id, d.length]))
  const index = new Map(coders.map((c, i) => [c, i]))
  const spans = input.spans.filter((s) => index.has(s.coder) && lengthOf.has(s.documentId))
  for (const s of spans)
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end))
      throw new AgreementInputError(`a span of ${s.documentId} runs from ${s.start} to ${s.end}`)
  const shared = sharedDocuments(coders, input.workedOn ?? workedOnFrom(coders, spans))
  const themes = themeOrder(
    input.themeIds,
    spans.filter((s) => shared.has(s.documentId)).map((s) => s.themeId)
  )
  const byThemeAndDocument = new Map<string, typeof spans>()
  for (const s of spans) {
    const key = `${s.themeId}\u0000${s.documentId}`
    byThemeAndDocument.set(key, [...(byThemeAndDocument.get(key) ?? []), s])
  }
  return themes.map((themeId) => {
    const units: ReliabilityUnit[] = []
    for (const [documentId, present] of shared) {
      const length = lengthOf.get(documentId)
      if (!length) continue
      const here = (byThemeAndDocument.get(`${themeId}\u0000${documentId}`) ?? []).map((s) => ({
        ...s,
        start: Math.min(s.start, length),
        end: Math.min(s.end, length)
      }))
      const cuts = [...new Set([0, length, ...here.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b)
      const cutIndex = new Map(cuts.map((c, i) => [c, i]))
      // Per coder, +1 where a span starts and −1 where it ends: a running sum above 0 covers the piece.
      const delta = coders.map(() => new Array<number>(cuts.length).fill(0))
      for (const s of here) {
        if (s.start === s.end) continue
        const row = delta[index.get(s.coder)!]!
        row[cutIndex.get(s.start)!]! += 1
        row[cutIndex.get(s.end)!]! -= 1
      }
      const depth = coders.map(() => 0)
      for (let p = 0; p + 1 < cuts.length; p++) {
        const values = coders.map((_, i) => {
          depth[i]! += delta[i]![p]!
          return present[i] ? depth[i]! > 0 : null
        })
        units.push({ id: `${documentId}:${cuts[p]}-${cuts[p + 1]}`, values, weight: cuts[p + 1]! - cuts[p]! })
      }
    }
    return { themeId, data: { coders, units } }
  })
}

/** Every theme's units in one table, for statistics over all themes at once. */
export function poolUnits(coders: readonly string[], themes: readonly ThemeUnits[]): ReliabilityData {
  return {
    coders,
    units: themes.flatMap((t) => t.data.units.map((u) => ({ ...u, id: `${t.themeId}/${u.id}` })))
  }
}
