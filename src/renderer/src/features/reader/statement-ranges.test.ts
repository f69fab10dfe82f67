import { describe, expect, it } from 'vitest'
import {
  adjacentSpan,
  snapToWords,
  spansInRange,
  statementBoundary,
  tagTarget,
  trimRange,
  wordBoundary
} from './statement-ranges'

const text = 'He said no. “We will see,” she replied. Then silence.'
//            0         1         2         3         4         5
const spans = [
  { id: 's1', start: 0, end: 11 },
  { id: 's2', start: 12, end: 39 },
  { id: 's3', start: 40, end: 53 }
]

describe('spansInRange', () => {
  it('finds overlapping spans', () => {
    expect(spansInRange(spans, 5, 15).map((s) => s.id)).toEqual(['s1', 's2'])
    expect(spansInRange(spans, 11, 12)).toEqual([])
    expect(spansInRange(spans, 0, 100).map((s) => s.id)).toEqual(['s1', 's2', 's3'])
  })
  it('finds the span around a caret', () => {
    expect(spansInRange(spans, 20, 20).map((s) => s.id)).toEqual(['s2'])
  })
})

describe('tagTarget', () => {
  it('tags whole statements when the selection covers them', () => {
    expect(tagTarget(text, spans, 0, 11)).toEqual({ kind: 'statements', ids: ['s1'] })
    expect(tagTarget(text, spans, 0, 39)).toEqual({ kind: 'statements', ids: ['s1', 's2'] })
  })
  it('forgives leaving out quotes and punctuation at the ends', () => {
    expect(tagTarget(text, spans, 13, 38)).toEqual({ kind: 'statements', ids: ['s2'] })
    expect(tagTarget(text, spans, 0, 10)).toEqual({ kind: 'statements', ids: ['s1'] })
  })
  it('makes a highlight for part of a statement', () => {
    expect(tagTarget(text, spans, 3, 7)).toEqual({ kind: 'annotation' })
    expect(tagTarget(text, spans, 5, 39)).toEqual({ kind: 'annotation' })
  })
  it('makes a highlight outside any statement', () => {
    expect(tagTarget(text, [], 0, 5)).toEqual({ kind: 'annotation' })
  })
})

describe('adjacentSpan', () => {
  it('moves forward and back, stopping at the ends', () => {
    expect(adjacentSpan(spans, 's1', 1)?.id).toBe('s2')
    expect(adjacentSpan(spans, 's3', 1)?.id).toBe('s3')
    expect(adjacentSpan(spans, 's1', -1)?.id).toBe('s1')
  })
  it('starts at either end when nothing is selected', () => {
    expect(adjacentSpan(spans, null, 1)?.id).toBe('s1')
    expect(adjacentSpan(spans, 'gone', -1)?.id).toBe('s3')
    expect(adjacentSpan([], null, 1)).toBeUndefined()
  })
})

describe('trimRange', () => {
  it('drops whitespace at the ends', () => {
    expect(trimRange('  ab c \n', 0, 8)).toEqual({ start: 2, end: 6 })
    expect(trimRange('   ', 0, 3)).toBeNull()
  })
})

describe('snapToWords', () => {
  const t = 'In Moldova on Wednesday, Secretary Blinken'
  it('widens partial words at both ends', () => {
    expect(snapToWords(t, { start: 6, end: 28 })).toEqual({ start: 3, end: 34 })
  })
  it('leaves whole words and punctuation boundaries alone', () => {
    expect(snapToWords(t, { start: 3, end: 10 })).toEqual({ start: 3, end: 10 })
    expect(snapToWords(t, { start: 14, end: 24 })).toEqual({ start: 14, end: 24 })
  })
})

describe('wordBoundary and statementBoundary', () => {
  const text = 'One two.  Three four.'
  it('moves a selection end a word at a time, either way', () => {
    expect(wordBoundary(text, 0, 1)).toBe(3)
    expect(wordBoundary(text, 3, 1)).toBe(7)
    expect(wordBoundary(text, 7, 1)).toBe(15)
    expect(wordBoundary(text, 15, -1)).toBe(10)
    expect(wordBoundary(text, text.length, 1)).toBe(text.length)
  })
  it('moves a selection end to the next statement end or the previous start', () => {
    const spans = [
      { id: 'a', start: 0, end: 8 },
      { id: 'b', start: 10, end: 21 }
    ]
    expect(statementBoundary(spans, 0, 1)).toBe(8)
    expect(statementBoundary(spans, 8, 1)).toBe(21)
    expect(statementBoundary(spans, 21, -1)).toBe(10)
    expect(statementBoundary(spans, 10, -1)).toBe(0)
  })
})
