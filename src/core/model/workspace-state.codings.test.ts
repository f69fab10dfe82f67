import { describe, expect, it } from 'vitest'
import type { Annotation, Statement, Theme } from '../../shared/domain'
import { invertChanges, type Change } from './change'
import { WorkspaceState } from './workspace-state'

const NOW = '2024-05-30T00:00:00.000Z'
const text = 'One two three. Four five six. Seven eight nine.'
const st = (n: number, start: number, end: number, themeIds: string[] = []): Statement => ({
  id: `d.${n}`,
  documentId: 'd',
  start,
  end,
  text: text.slice(start, end),
  paragraphIndex: 0,
  speakerId: null,
  attribution: { method: 'none' },
  themeIds
})
const theme = (id: string, parentId: string | null = null): Theme => ({
  id,
  name: id,
  parentId,
  color: '#123456',
  description: '',
  order: 0
})
const span = (id: string, start: number, end: number, themeIds: string[]): Annotation => ({
  id,
  documentId: 'd',
  start,
  end,
  quote: { exact: text.slice(start, end), prefix: '', suffix: '' },
  themeIds,
  note: null,
  notePlain: '',
  createdAt: NOW,
  updatedAt: NOW
})

function fresh(): WorkspaceState {
  const statements = [st(1, 0, 14, ['t-a']), st(2, 15, 29), st(3, 30, 47)]
  return new WorkspaceState({
    meta: null,
    themes: [theme('t-a'), theme('t-b'), theme('t-c', 't-b')],
    speakers: [],
    documents: [
      {
        document: {
          id: 'd',
          title: 'D',
          source: {},
          publishedAt: null,
          authors: [],
          importedAt: NOW,
          contentHash: '0'.repeat(64),
          text,
          paragraphs: [{ start: 0, end: 47 }]
        },
        statements,
        annotations: [span('a-1', 20, 35, ['t-c'])]
      }
    ],
    links: [],
    notes: []
  })
}

describe('the one coding model', () => {
  it('codes a statement by its own themes and by every highlight touching it', () => {
    const s = fresh()
    expect([...s.codedStatements('t-a').keys()]).toEqual(['d.1'])
    expect([...s.codedStatements('t-c').keys()].sort()).toEqual(['d.2', 'd.3']) // a span across two statements
    expect([...s.codedStatementsUnder('t-b')].sort()).toEqual(['d.2', 'd.3']) // parent: its child's, once
    expect(s.codingsOf('d.2')).toEqual([{ themeId: 't-c', kind: 'span', annotationId: 'a-1' }])
    expect(s.codingsOf('d.1')).toEqual([{ themeId: 't-a', kind: 'statement' }])
  })

  it('follows tagging, a second span, and undo', () => {
    const s = fresh()
    const tag: Change[] = [
      {
        kind: 'statement',
        before: s.statements.get('d.2')!,
        after: { ...s.statements.get('d.2')!, themeIds: ['t-c'] }
      }
    ]
    s.apply(tag)
    expect(s.codedStatements('t-c').get('d.2')).toBe(2) // the whole statement and the span
    const add: Change[] = [{ kind: 'annotation', before: null, after: span('a-2', 0, 3, ['t-c']) }]
    s.apply(add)
    expect([...s.codedStatements('t-c').keys()].sort()).toEqual(['d.1', 'd.2', 'd.3'])
    s.apply(invertChanges(add))
    s.apply(invertChanges(tag))
    expect(s.codedStatements('t-c').get('d.2')).toBe(1)
    expect(s.codedStatements('t-c').has('d.1')).toBe(false)
    const drop: Change[] = [{ kind: 'annotation', before: s.annotations.get('a-1')!, after: null }]
    s.apply(drop)
    expect(s.codedStatements('t-c').size).toBe(0)
  })
})
