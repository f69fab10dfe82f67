import type { ThemeCoding } from '../../shared/domain'
import type { DocumentBundle } from '../model/change'
import { statementsInRange } from '../model/statements-in-range'
import type { WorkspaceState } from '../model/workspace-state'

/** One coder's coding: a theme on a whole statement, or on a highlight. */
export interface CoderCoding {
  coder: string
  themeId: string
  documentId: string
  start: number
  end: number
  /** The statements it codes (the whole statement, or those the highlight touches). */
  statementIds: string[]
}

/** The codings of one document by the given coders: its statements' first, then its highlights'. */
export function documentCodings(bundle: DocumentBundle, coders: ReadonlySet<string>): CoderCoding[] {
  const { document, statements, annotations } = bundle
  const out: CoderCoding[] = []
  const add = (
    codedBy: readonly ThemeCoding[] | undefined,
    start: number,
    end: number,
    touched: () => string[]
  ) => {
    let statementIds: string[] | undefined
    for (const c of codedBy ?? [])
      if (coders.has(c.createdBy))
        out.push({
          coder: c.createdBy,
          themeId: c.themeId,
          documentId: document.id,
          start,
          end,
          statementIds: (statementIds ??= touched())
        })
  }
  for (const st of statements) add(st.codedBy, st.start, st.end, () => [st.id])
  for (const a of annotations)
    add(a.codedBy, a.start, a.end, () => statementsInRange(statements, a.start, a.end).map((st) => st.id))
  return out
}

/** Every coding by the given coders, document by document. */
export function coderCodings(s: WorkspaceState, coders: ReadonlySet<string>): CoderCoding[] {
  return [...s.docs.values()].flatMap((bundle) => documentCodings(bundle, coders))
}
