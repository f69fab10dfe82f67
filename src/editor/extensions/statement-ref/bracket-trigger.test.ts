import { describe, expect, it } from 'vitest'
import { findBracketQuery } from './bracket-trigger'

describe('findBracketQuery', () => {
  it.each([
    ['[[', { offset: 0, query: '' }],
    ['[[nato', { offset: 0, query: 'nato' }],
    ['See [[defence spending', { offset: 4, query: 'defence spending' }],
    ['(cf. [[x', { offset: 5, query: 'x' }],
    ['([[x', { offset: 1, query: 'x' }],
    ['[[[x', { offset: 1, query: 'x' }],
    ['a [[b]] c [[d', { offset: 10, query: 'd' }]
  ])('%j opens a suggestion', (text, expected) => {
    expect(findBracketQuery(text)).toEqual(expected)
  })

  it.each([
    ['no brackets'],
    ['one [bracket'],
    ['closed [[done]]'],
    ['closed [[done]'],
    ['word[[glued'],
    ['chip [[a\ufffc'],
    ['[[' + 'x'.repeat(81)]
  ])('%j does not', (text) => {
    expect(findBracketQuery(text)).toBeNull()
  })
})
