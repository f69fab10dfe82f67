import { describe, expect, it } from 'vitest'
import type { Statement } from '../../../../shared/domain'
import { speakerLabels } from './speaker-labels'

const st = (id: string, paragraphIndex: number, speakerId: string | null, turn = false): Statement => ({
  id,
  documentId: 'd',
  start: Number(id.slice(1)) * 10,
  end: Number(id.slice(1)) * 10 + 9,
  text: id,
  paragraphIndex,
  speakerId,
  attribution: speakerId
    ? { method: 'auto', cue: turn ? "turn label 'MR. A:'" : 'A said' }
    : { method: 'none' },
  themeIds: []
})
const names = new Map([
  ['a', 'Ann'],
  ['b', 'Bob']
])

describe('speakerLabels', () => {
  it('labels a transcript turn once, however many paragraphs it runs over', () => {
    const labels = speakerLabels(
      [st('s1', 0, 'a', true), st('s2', 1, 'a', true), st('s3', 2, 'b', true), st('s4', 3, 'a', true)],
      names
    )
    expect(labels.map((l) => `${l.statementId}:${l.name}:${l.turn}`)).toEqual([
      's1:Ann:true',
      's3:Bob:true',
      's4:Ann:true'
    ])
  })

  it('labels attributed prose per paragraph and where the speaker changes, not unattributed statements', () => {
    const labels = speakerLabels(
      [
        st('s1', 0, 'a'),
        st('s2', 0, 'a'),
        st('s3', 0, null),
        st('s4', 0, 'a'),
        st('s5', 1, 'a'),
        st('s6', 1, 'x')
      ],
      names
    )
    expect(labels.map((l) => l.statementId)).toEqual(['s1', 's4', 's5'])
    expect(labels[0]!.offset).toBe(10)
  })
})
