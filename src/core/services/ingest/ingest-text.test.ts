import { describe, expect, it } from 'vitest'
import { analyzeText } from './analyze-text'
import { ingestText } from './ingest-text'

describe('ingestText', () => {
  it('attributes every statement of a transcript turn to its labelled speaker, reusing known speakers', () => {
    const text = [
      'MR. KIRBY: Good afternoon. We have two announcements today.',
      'Q: Will the policy change? Is a decision close?',
      'MR. KIRBY: I have nothing to add. The president will decide.',
      'SECRETARY BLINKEN: We are still making decisions. That is all.'
    ].join('\n\n')
    const known = [
      { id: 'sp-known', name: 'Antony J. Blinken', aliases: ['Blinken'], role: 'Secretary of State' }
    ]
    const { bundle, newSpeakers } = ingestText({ text, title: 'Briefing', publishedAt: null }, known)
    const kirby = newSpeakers.find((s) => /kirby/i.test(s.name))!
    const byText = (t: string) => bundle.statements.find((s) => s.text.startsWith(t))!
    expect(byText('Good afternoon').speakerId).toBe(kirby.id)
    expect(byText('We have two announcements').speakerId).toBe(kirby.id)
    expect(byText('The president will decide').speakerId).toBe(kirby.id)
    expect(byText('That is all').speakerId).toBe('sp-known')
    expect(bundle.statements.some((s) => s.text.includes('MR. KIRBY:'))).toBe(false)
    for (const s of bundle.statements) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(bundle.document.contentHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('gives the same document from analyzeText first, and refuses an analysis of another text', async () => {
    const text =
      'Title line\n\nThe talks stalled, Maria Lopez said on Friday. She added that no date was set.\n'
    const input = { text, title: 'Notes', publishedAt: null }
    const direct = ingestText(input, [])
    const analysis = await analyzeText(text, 0)
    const stepped = ingestText(input, [], analysis)
    const shape = (r: typeof direct) => ({
      speakers: r.newSpeakers.map(({ name, aliases, role }) => ({ name, aliases, role })),
      statements: r.bundle.statements.map(({ start, end, paragraphIndex, attribution }) => ({
        start,
        end,
        paragraphIndex,
        attribution
      }))
    })
    expect(shape(stepped)).toEqual(shape(direct))
    expect(shape(direct).statements.filter((s) => s.attribution.method === 'auto')).toHaveLength(2)
    expect(() => ingestText({ ...input, text: `${text} more` }, [], analysis)).toThrow(/another text/)
    expect(() => ingestText({ ...input, bodyStart: 5 }, [], analysis)).toThrow(/another text/)
  })
})
