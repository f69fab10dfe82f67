import { describe, expect, it } from 'vitest'
import { agreementSummary } from './agreement-summary'
import { cohenKappa } from './cohen-kappa'
import { percentAgreement } from './percent-agreement'
import { poolUnits, spanUnits, statementUnits } from './units'

const statements = [
  { id: 'd1.0', documentId: 'd1' },
  { id: 'd1.1', documentId: 'd1' },
  { id: 'd1.2', documentId: 'd1' },
  { id: 'd2.0', documentId: 'd2' },
  { id: 'd3.0', documentId: 'd3' }
]

describe('statementUnits', () => {
  it('makes a unit of each statement of the documents two coders worked on, per theme', () => {
    const themes = statementUnits({
      coders: ['ann', 'bob'],
      statements,
      codings: [
        { coder: 'ann', statementId: 'd1.0', themeId: 'risk' },
        { coder: 'bob', statementId: 'd1.0', themeId: 'risk' },
        { coder: 'bob', statementId: 'd1.1', themeId: 'cost' },
        { coder: 'ann', statementId: 'd2.0', themeId: 'cost' }, // only ann worked on d2
        { coder: 'eve', statementId: 'd3.0', themeId: 'risk' } // not one of the coders
      ]
    })
    expect(themes.map((t) => t.themeId)).toEqual(['cost', 'risk'])
    const values = (themeId: string) =>
      themes.find((t) => t.themeId === themeId)!.data.units.map((u) => [u.id, ...u.values])
    expect(values('risk')).toEqual([
      ['d1.0', true, true],
      ['d1.1', false, false],
      ['d1.2', false, false]
    ])
    expect(values('cost')).toEqual([
      ['d1.0', false, false],
      ['d1.1', false, true],
      ['d1.2', false, false]
    ])
  })

  it('gives a coder who has not worked on a document missing values there, and honours the themes asked for', () => {
    const [risk] = statementUnits({
      coders: ['ann', 'bob', 'cy'],
      statements,
      codings: [
        { coder: 'ann', statementId: 'd1.0', themeId: 'risk' },
        { coder: 'bob', statementId: 'd1.2', themeId: 'cost' },
        { coder: 'cy', statementId: 'd2.0', themeId: 'risk' }
      ],
      workedOn: new Map([
        ['ann', new Set(['d1', 'd2'])],
        ['bob', new Set(['d1'])],
        ['cy', new Set(['d2'])]
      ]),
      themeIds: ['risk']
    })
    expect(risk!.data.units.map((u) => [u.id, ...u.values])).toEqual([
      ['d1.0', true, false, null],
      ['d1.1', false, false, null],
      ['d1.2', false, false, null],
      ['d2.0', false, null, true]
    ])
  })

  it('refuses a single coder', () => {
    expect(() => statementUnits({ coders: ['ann'], statements, codings: [] })).toThrow(
      'agreement needs at least 2 coders; got only ann'
    )
  })
})

describe('spanUnits', () => {
  it('cuts a document at every span boundary and weights each piece by its length', () => {
    // ann codes [0, 5), bob [3, 8) of a 10-character document
    const [t] = spanUnits({
      coders: ['ann', 'bob'],
      documents: [{ id: 'd1', length: 10 }],
      spans: [
        { coder: 'ann', documentId: 'd1', themeId: 't', start: 0, end: 5 },
        { coder: 'bob', documentId: 'd1', themeId: 't', start: 3, end: 8 }
      ]
    })
    expect(t!.data.units.map((u) => [u.id, u.weight, ...u.values])).toEqual([
      ['d1:0-3', 3, true, false],
      ['d1:3-5', 2, true, true],
      ['d1:5-8', 3, false, true],
      ['d1:8-10', 2, false, false]
    ])
    // characters: 2 both, 3 + 3 one only, 2 neither → 40 %; po = 0.4, pe = 0.5 → κ = −0.2
    expect(percentAgreement(t!.data).value).toBeCloseTo(40, 12)
    expect(cohenKappa(t!.data).value).toBeCloseTo(-0.2, 12)
  })

  it('merges a coder’s overlapping spans, and counts identical spans as full agreement', () => {
    const [t] = spanUnits({
      coders: ['ann', 'bob'],
      documents: [{ id: 'd1', length: 20 }],
      spans: [
        { coder: 'ann', documentId: 'd1', themeId: 't', start: 2, end: 8 },
        { coder: 'ann', documentId: 'd1', themeId: 't', start: 4, end: 12 },
        { coder: 'bob', documentId: 'd1', themeId: 't', start: 2, end: 12 }
      ]
    })
    expect(agreementSummary(t!.data)).toMatchObject({
      percentAgreement: { value: 100 },
      kappa: { value: 1 },
      alpha: { value: 1 }
    })
  })

  it('leaves out documents only one coder worked on, and refuses a span that ends before it starts', () => {
    expect(
      spanUnits({
        coders: ['ann', 'bob'],
        documents: [{ id: 'd1', length: 10 }],
        spans: [{ coder: 'ann', documentId: 'd1', themeId: 't', start: 0, end: 5 }]
      })
    ).toEqual([])
    expect(() =>
      spanUnits({
        coders: ['ann', 'bob'],
        documents: [{ id: 'd1', length: 10 }],
        spans: [{ coder: 'ann', documentId: 'd1', themeId: 't', start: 5, end: 4 }]
      })
    ).toThrow('a span of d1 runs from 5 to 4')
  })
})

describe('poolUnits', () => {
  it('puts every theme’s units in one table, with ids that stay distinct', () => {
    const themes = statementUnits({
      coders: ['ann', 'bob'],
      statements: statements.slice(0, 2),
      codings: [
        { coder: 'ann', statementId: 'd1.0', themeId: 'risk' },
        { coder: 'bob', statementId: 'd1.1', themeId: 'cost' }
      ]
    })
    const pooled = poolUnits(['ann', 'bob'], themes)
    expect(pooled.units.map((u) => u.id)).toEqual(['cost/d1.0', 'cost/d1.1', 'risk/d1.0', 'risk/d1.1'])
    expect(percentAgreement(pooled).value).toBe(50)
  })
})
