import { describe, expect, it } from 'vitest'
import type { AgreementRow } from '../../../../../shared/api'
import { agreementFlags, flagText } from './agreement-flags'

const row = (alpha: number | null): AgreementRow => ({
  themeId: 'th',
  theme: 'T',
  units: 10,
  percentAgreement: 50,
  kappa: alpha,
  fleissKappa: alpha,
  alpha,
  undefinedBecause: {}
})

describe('agreementFlags', () => {
  it('flags α below 0.667 as weak and the lowest α as weakest, ties included', () => {
    const flags = agreementFlags([row(0.9), row(0.5), row(null), row(0.5), row(0.7)])
    expect(flags.map(flagText)).toEqual([
      '',
      'weakest, weak (α < 0.667)',
      '',
      'weakest, weak (α < 0.667)',
      ''
    ])
  })

  it('names no weakest when every theme has the same α, or none has one', () => {
    expect(agreementFlags([row(0.8), row(0.8)]).map(flagText)).toEqual(['', ''])
    expect(agreementFlags([row(null)]).map(flagText)).toEqual([''])
    expect(agreementFlags([row(0.2)]).map(flagText)).toEqual(['weak (α < 0.667)'])
  })
})
