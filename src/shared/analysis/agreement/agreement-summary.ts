import { cohenKappa } from './cohen-kappa'
import { fleissKappa } from './fleiss-kappa'
import { krippendorffAlpha } from './krippendorff-alpha'
import { percentAgreement } from './percent-agreement'
import {
  checkReliabilityData,
  noValue,
  presentValues,
  type ReliabilityData,
  type Statistic
} from './reliability-data'

export interface AgreementSummary {
  /** Units coded by two or more of the coders (by count, not weight). */
  units: number
  percentAgreement: Statistic
  /** Cohen's kappa: two coders only. */
  kappa: Statistic
  fleissKappa: Statistic
  alpha: Statistic
}

/** Every agreement statistic of one reliability table. */
export function agreementSummary(data: ReliabilityData): AgreementSummary {
  checkReliabilityData(data)
  return {
    units: data.units.filter((u) => presentValues(u).length >= 2).length,
    percentAgreement: percentAgreement(data),
    kappa: data.coders.length === 2 ? cohenKappa(data) : noValue('not-two-coders'),
    fleissKappa: fleissKappa(data),
    alpha: krippendorffAlpha(data)
  }
}
