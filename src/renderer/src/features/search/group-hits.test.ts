import { describe, expect, it } from 'vitest'
import type { SearchHit } from '../../../../shared/api'
import { groupHits } from './group-hits'

const hit = (kind: SearchHit['kind'], id: string): SearchHit => ({
  kind,
  id,
  documentId: null,
  statementId: null,
  title: id,
  snippet: '',
  terms: [],
  score: 1
})

describe('groupHits', () => {
  it('orders groups statement, annotation, note and numbers hits in display order', () => {
    const { groups, ordered } = groupHits([
      hit('note', 'n1'),
      hit('statement', 's1'),
      hit('note', 'n2'),
      hit('annotation', 'a1')
    ])
    expect(groups.map((g) => g.kind)).toEqual(['statement', 'annotation', 'note'])
    expect(ordered.map((h) => h.id)).toEqual(['s1', 'a1', 'n1', 'n2'])
    expect(groups[2]?.hits.map((h) => h.index)).toEqual([2, 3])
  })
  it('omits empty groups', () => {
    expect(groupHits([]).groups).toEqual([])
  })
})
