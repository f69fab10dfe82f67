import { describe, expect, it } from 'vitest'
import { pickStartupDocument } from './last-document'

describe('pickStartupDocument', () => {
  const docs = [{ id: 'd1' }, { id: 'd2' }]

  it('reopens the document last read when it is still there', () => {
    expect(pickStartupDocument(docs, 'd2')).toBe('d2')
  })

  it('falls back to the first listed document', () => {
    expect(pickStartupDocument(docs, null)).toBe('d1')
    expect(pickStartupDocument(docs, 'gone')).toBe('d1')
  })

  it('opens nothing in a workspace without documents', () => {
    expect(pickStartupDocument([], 'd1')).toBeNull()
  })
})
