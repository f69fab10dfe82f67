import type { AgreementRow } from '../../../../../shared/api'

/** Krippendorff's lowest α for drawing even tentative conclusions from coded data. */
export const WEAK_ALPHA = 0.667

export interface AgreementFlag {
  /** α below WEAK_ALPHA. */
  weak: boolean
  /** The lowest α among the themes (every theme sharing it), when the themes' α differ. */
  weakest: boolean
}

/** Per theme row, whether its agreement is weak and whether it is the weakest; themes without an α are neither. */
export function agreementFlags(rows: readonly AgreementRow[]): AgreementFlag[] {
  const alphas = rows.map((r) => r.alpha).filter((a): a is number => a !== null)
  const lowest = Math.min(...alphas)
  const varied = alphas.some((a) => a !== lowest)
  return rows.map((r) => ({
    weak: r.alpha !== null && r.alpha < WEAK_ALPHA,
    weakest: r.alpha !== null && varied && r.alpha === lowest
  }))
}

/** What a flag says in words. */
export function flagText(flag: AgreementFlag): string {
  return [flag.weakest && 'weakest', flag.weak && `weak (α < ${WEAK_ALPHA})`].filter(Boolean).join(', ')
}
