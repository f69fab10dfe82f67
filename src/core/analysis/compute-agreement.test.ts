import { afterEach, describe, expect, it } from 'vitest'
import type { ApiError } from '../../shared/api'
import type { TempCore } from '../testing/temp-core'
import { twoCoderWorkspace } from '../testing/two-coder-workspace'

let cores: TempCore[] = []
afterEach(async () => {
  await Promise.all(cores.map((c) => c.cleanup()))
  cores = []
})

const textbookWorkspace = () => twoCoderWorkspace(cores)

describe('analysis.agreement', () => {
  it('gives 70 % and κ = 0.40 on the textbook table coded by two coders', async () => {
    const { api, ann, bob, risk } = await textbookWorkspace()
    const r = await api['analysis.agreement']({ coderIds: [ann.id, bob.id] })
    expect(r.coders.map((c) => c.name)).toEqual(['Ann', 'Bob'])
    expect(r.themes.map((x) => [x.themeId, x.theme, x.units])).toEqual([[risk.id, 'Risk', 50]])
    const [row] = r.themes
    expect(row!.percentAgreement).toBeCloseTo(70, 10)
    expect(row!.kappa).toBeCloseTo(0.4, 10)
    // Fleiss' κ and α on the same table, by hand: P̄e = 0.55² + 0.45² = 0.505 → (0.7 − 0.505)/0.495; α = 1 − 99·30/(100²−55²−45²)
    expect(row!.fleissKappa).toBeCloseTo((0.7 - 0.505) / 0.495, 10)
    expect(row!.alpha).toBeCloseTo(1 - (99 * 30) / (10000 - 3025 - 2025), 10)
    expect(r.overall).toMatchObject({ themeId: null, theme: 'Overall', units: 50, kappa: row!.kappa })
  })

  it('counts a highlight as coding the statements it touches, and at span level counts characters', async () => {
    const { api, ann, bob, risk, doc } = await textbookWorkspace()
    const spans = await api['analysis.agreement']({ coderIds: [ann.id, bob.id], level: 'span' })
    expect(spans.level).toBe('span')
    // By hand: the coders disagree on the characters of statements 21–35 and agree on every other character.
    const { document, statements } = await api['documents.get']({ id: doc.id })
    const disagreeing = statements.slice(20, 35).reduce((n, s) => n + s.end - s.start, 0)
    const length = document.text.length
    expect(spans.themes[0]!.percentAgreement).toBeCloseTo((100 * (length - disagreeing)) / length, 10)
    await api['coders.setCurrent']({ name: 'Ann' })
    const s50 = (await api['documents.get']({ id: doc.id })).statements[49]!
    await api['annotations.create']({
      documentId: doc.id,
      start: s50.start,
      end: s50.start + 5,
      themeIds: [risk.id]
    })
    const r = await api['analysis.agreement']({ coderIds: [ann.id, bob.id] })
    expect(r.themes[0]!.percentAgreement).toBeCloseTo(68, 10) // statement 50: Ann through a highlight, Bob not
  })

  it('is undefined with a reason (not NaN) when both coders agree on everything, and narrows to a theme', async () => {
    const { api, ann, bob, other, ids } = await textbookWorkspace()
    await api['coders.setCurrent']({ name: 'Ann' })
    await api['statements.tag']({ statementIds: [ids[0]!], themeIds: [other.id] })
    const r = await api['analysis.agreement']({ coderIds: [ann.id, bob.id], themeId: other.id })
    expect(r.themes.map((x) => x.theme)).toEqual(['Other'])
    await api['coders.setCurrent']({ name: 'Bob' })
    await api['statements.tag']({ statementIds: ids, themeIds: [other.id] })
    await api['coders.setCurrent']({ name: 'Ann' })
    await api['statements.tag']({ statementIds: ids, themeIds: [other.id] })
    const all = (await api['analysis.agreement']({ coderIds: [ann.id, bob.id], themeId: other.id }))
      .themes[0]!
    expect(all).toMatchObject({ percentAgreement: 100, kappa: null, alpha: null, fleissKappa: null })
    expect(all.undefinedBecause.kappa).toBe(
      'every value is the same category, so agreement by chance is already total'
    )
  })

  it('refuses one coder, a coder named twice and an unknown coder, in one line', async () => {
    const { api, ann } = await textbookWorkspace()
    const refusal = (input: Parameters<(typeof api)['analysis.agreement']>[0]) =>
      api['analysis.agreement'](input).then(
        () => null,
        (e: ApiError) => `${e.code}: ${e.message}`
      )
    expect(await refusal({ coderIds: [ann.id] })).toMatch(
      /^INVALID_INPUT: .*agreement needs at least two coders/
    )
    expect(await refusal({ coderIds: [ann.id, ann.id] })).toBe(
      'INVALID_INPUT: analysis.agreement: each coder may be named only once'
    )
    expect(await refusal({ coderIds: [ann.id, 'cd-nobody'] })).toBe('NOT_FOUND: no coder with id "cd-nobody"')
  })
})
