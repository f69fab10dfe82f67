import { describe, expect, it } from 'vitest'
import type { StatementRow } from '../../../../shared/api'
import { chipsOf } from './chips-of'

const row = (themeIds: string[], codings: StatementRow['codings']) => ({ themeIds, codings }) as StatementRow
const span = (themeId: string, annotationId: string, quote: string) =>
  ({ themeId, how: 'span', annotationId, quote }) as const

describe('chipsOf', () => {
  it('whole-statement themes first (solid), then each other theme through highlights once, with its quotes', () => {
    expect(
      chipsOf(
        row(
          ['t-a'],
          [
            { themeId: 't-a', how: 'statement' },
            span('t-b', 'an-1', 'first words'),
            span('t-a', 'an-2', 'also whole'),
            span('t-b', 'an-3', 'second words')
          ]
        )
      )
    ).toEqual([
      { themeId: 't-a', quotes: [] },
      { themeId: 't-b', quotes: ['first words', 'second words'] }
    ])
  })

  it('no codings: only the whole-statement themes', () => {
    expect(chipsOf(row(['t-a', 't-c'], []))).toEqual([
      { themeId: 't-a', quotes: [] },
      { themeId: 't-c', quotes: [] }
    ])
  })
})
