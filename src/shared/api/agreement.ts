import { z } from 'zod'
import { Coder, Id } from '../domain'

/** Inter-coder agreement among two or more of the workspace's coders, per theme and over all of them. */
export const AgreementInput = z
  .object({
    coderIds: z.array(Id).min(2, 'agreement needs at least two coders').max(50),
    /** Only this theme and its sub-themes. */
    themeId: Id.optional(),
    /** Units: statements (default), or runs of characters cut at every coded span's ends. */
    level: z.enum(['statement', 'span']).optional()
  })
  .strict()
export type AgreementInput = z.infer<typeof AgreementInput>

/** A statistic's value, or null with why it is undefined on these codings. */
const Value = z.number().nullable()

export const AgreementRow = z.object({
  /** Null for the row over all themes. */
  themeId: Id.nullable(),
  theme: z.string(),
  /** Units coded by two or more of the coders. */
  units: z.number().int(),
  /** 0–100. */
  percentAgreement: Value,
  /** Cohen's kappa: two coders only. */
  kappa: Value,
  fleissKappa: Value,
  alpha: Value,
  /** For each statistic that has no value, why. */
  undefinedBecause: z.record(z.string(), z.string())
})
export type AgreementRow = z.infer<typeof AgreementRow>

export const AgreementResult = z.object({
  coders: z.array(Coder),
  level: z.enum(['statement', 'span']),
  themes: z.array(AgreementRow),
  overall: AgreementRow
})
export type AgreementResult = z.infer<typeof AgreementResult>

/** The statements on which two or more coders' codings differ (statement level, as analysis.agreement counts). */
export const DisagreementsInput = z
  .object({
    coderIds: z.array(Id).min(2, 'disagreements need at least two coders').max(50),
    /** Only disagreements on this theme (not its sub-themes): the statements behind its agreement row. */
    themeId: Id.optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(500).optional()
  })
  .strict()
export type DisagreementsInput = z.infer<typeof DisagreementsInput>

export const Disagreement = z.object({
  statementId: Id,
  documentId: Id,
  documentTitle: z.string(),
  text: z.string(),
  speakerName: z.string().nullable(),
  /** The themes the coders differ on here, in codebook order. */
  themes: z.array(z.object({ id: Id, name: z.string() })),
  /**
   * Per coder, in the order asked: the disputed themes that coder applied (to the statement or through a
   * highlight touching it), or null when the coder has not worked on the document (not counted).
   */
  codings: z.array(z.object({ coderId: Id, themeIds: z.array(Id).nullable() }))
})
export type Disagreement = z.infer<typeof Disagreement>

export const DisagreementsResult = z.object({
  coders: z.array(Coder),
  /** Statements with a disagreement, before paging. */
  total: z.number().int(),
  items: z.array(Disagreement)
})
export type DisagreementsResult = z.infer<typeof DisagreementsResult>

/**
 * Settles a disagreement on one statement: the coders' codings of the disputed themes become one coder's
 * (`accept`), all of them (`keepAll`) or none (`remove`).
 */
export const SettleInput = z
  .object({
    statementId: Id,
    /** The disputed themes to settle. */
    themeIds: z.array(Id).min(1, 'name at least one theme to settle').max(1000),
    /** The coders whose codings are brought into line (those compared). */
    coderIds: z.array(Id).min(2, 'settling needs at least two coders').max(50),
    decision: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('accept'), coderId: Id }).strict(),
      z.object({ kind: z.literal('keepAll') }).strict(),
      z.object({ kind: z.literal('remove') }).strict()
    ])
  })
  .strict()
export type SettleInput = z.infer<typeof SettleInput>

export const SettleResult = z.object({ changed: z.number().int() })
export type SettleResult = z.infer<typeof SettleResult>

/** Every coder of the workspace with how much they coded: what the agreement view offers to compare. */
export const CoderActivity = z.object({
  coders: z.array(
    z.object({
      coder: Coder,
      /** Themes applied (to statements and highlights). */
      codings: z.number().int(),
      /** Documents with one of those codings. */
      documents: z.number().int()
    })
  )
})
export type CoderActivity = z.infer<typeof CoderActivity>
