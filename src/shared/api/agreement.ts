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
