import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFieldHeader } from './field-header'

const FIXTURES = join(import.meta.dirname, '../../../../test-fixtures/ingest')
/** The labelled sets open with a provenance header closed by 72 dashes (see their READMEs); .meta.txt are headers only. */
const SOURCES = ['collected', 'blind', 'prose', 'shared'].flatMap((set) =>
  readdirSync(join(FIXTURES, set))
    .filter((f) => f.endsWith('.txt') && !f.endsWith('.meta.txt'))
    .map((f) => [`${set}/${f}`, readFileSync(join(FIXTURES, set, f), 'utf8')] as const)
)

describe('readFieldHeader', () => {
  it.each(SOURCES)('%s: the header ends after the rule that closes it', (_, text) => {
    const rule = `\n${'-'.repeat(72)}\n`
    const header = readFieldHeader(text)
    expect(header?.end).toBe(text.indexOf(rule) + rule.length)
    expect(header?.fields.map((f) => f.key)).toEqual(expect.arrayContaining(['URL', 'Date', 'Source']))
  })

  it('reads a block of metadata keys closed by a blank line, or running into the body', () => {
    const closed = 'Title: The hearing\nDate: 5 March 2024\nBy: Ann Lee\n\nThe committee met.'
    expect(readFieldHeader(closed)).toEqual({
      fields: [
        { key: 'Title', value: 'The hearing' },
        { key: 'Date', value: '5 March 2024' },
        { key: 'By', value: 'Ann Lee' }
      ],
      end: closed.indexOf('\n\n') + 1
    })
    const running = '\nDate: 2024-02-20\nMR. KIRBY: Good afternoon, everybody.\nQ: Thanks, John.'
    expect(readFieldHeader(running)).toEqual({
      fields: [{ key: 'Date', value: '2024-02-20' }],
      end: running.indexOf('MR.')
    })
  })

  it('never takes a transcript’s turns for a header', () => {
    for (const text of [
      'MR. KIRBY: Good afternoon, everybody.\nQ: Thanks, John.\n\nMR. KIRBY: Sure.',
      'Interviewer: Hello\n\nMinister: Hello.',
      'Q: Where were you?\n------\nA: At home.',
      'The committee met at ten.\nDate: 2020-01-01',
      'Title:no space, not a field\n\nBody.'
    ])
      expect(readFieldHeader(text)).toBeNull()
  })

  it('keeps unknown keys in a block a rule closes; past 40 lines, only the metadata keys that lead', () => {
    const text = 'Source: Reuters\nConvention: Q and A\nDesk: Europe\n=====\nBody.'
    expect(readFieldHeader(text)?.fields.map((f) => f.key)).toEqual(['Source', 'Convention', 'Desk'])
    expect(readFieldHeader(text)?.end).toBe(text.indexOf('Body'))
    const long = Array.from({ length: 50 }, (_, i) => `Note ${i}: x`).join('\n')
    expect(readFieldHeader(`Title: t\n${long}\n---\nBody`)?.fields).toEqual([{ key: 'Title', value: 't' }])
  })
})
