import { describe, expect, it } from 'vitest'
import { highlightQuery, isFiltered, NO_HIGHLIGHT_FILTER } from './highlight-query'

describe('highlightQuery', () => {
  it('asks for everything when nothing is chosen', () => {
    expect(highlightQuery(NO_HIGHLIGHT_FILTER)).toEqual({ limit: 100_000 })
    expect(isFiltered({ ...NO_HIGHLIGHT_FILTER, text: '   ' })).toBe(false)
  })
  it('passes the chosen filters, with the text trimmed', () => {
    expect(highlightQuery({ documentId: 'd', themeId: 't', speakerId: 'none', text: ' war ' })).toEqual({
      limit: 100_000,
      documentId: 'd',
      themeId: 't',
      speakerId: 'none',
      text: 'war'
    })
    expect(isFiltered({ ...NO_HIGHLIGHT_FILTER, themeId: 't' })).toBe(true)
  })
})
