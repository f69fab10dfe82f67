import { describe, expect, it } from 'vitest'
import { heatLegend, heatStep } from './heat-scale'

describe('the heat scale', () => {
  it('steps values 1–5 of the largest, and lists only steps a whole value falls in', () => {
    expect([0, 1, 2, 3].map((v) => heatStep(v, 3))).toEqual([0, 2, 4, 5])
    expect(heatLegend(3, false)).toEqual([
      { step: 2, label: '1' },
      { step: 4, label: '2' },
      { step: 5, label: '3' }
    ])
    expect(heatLegend(100, true).map((x) => x.label)).toEqual([
      '1–20%',
      '21–40%',
      '41–60%',
      '61–80%',
      '81–100%'
    ])
  })
})
