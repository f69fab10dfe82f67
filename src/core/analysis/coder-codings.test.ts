import { describe, expect, it } from 'vitest'
import type { Annotation, Statement } from '../../shared/domain'
import type { DocumentBundle } from '../model/change'
import { documentCodings } from './coder-codings'

const NOW = '2024-05-30T00:00:00.000Z'
const text = 'One two three. Four five six. Seven eight nine.'
const by = (themeId: string, createdBy: string) => ({ themeId, createdBy, createdAt: NOW })
const st = (n: number, start: number, end: number, codedBy: Statement['codedBy'] = []): Statement => ({
  id: `d.${n}`,
  documentId: 'd',
  start,
  end,
  text: text.slice(start, end),
  paragraphIndex: 0,
  speakerId: null,
  attribution: { method: 'none' },
  themeIds: [...new Set(codedBy.map((c) => c.themeId))],
  codedBy
})
const span: Annotation = {
  id: 'a-1',
  documentId: 'd',
  start: 20,
  end: 35,
  quote: { exact: text.slice(20, 35), prefix: '', suffix: '' },
  themeIds: ['t'],
  codedBy: [by('t', 'b')],
  note: null,
  notePlain: '',
  createdAt: NOW,
  updatedAt: NOW
}
const bundle = {
  document: { id: 'd', text },
  statements: [st(1, 0, 14, [by('t', 'a'), by('u', 'c')]), st(2, 15, 29), st(3, 30, 47)],
  annotations: [span]
} as unknown as DocumentBundle

describe('documentCodings', () => {
  it("lists the chosen coders' statement codings, then their highlights' with the statements they touch", () => {
    expect(documentCodings(bundle, new Set(['a', 'b']))).toEqual([
      { coder: 'a', themeId: 't', documentId: 'd', start: 0, end: 14, statementIds: ['d.1'] },
      { coder: 'b', themeId: 't', documentId: 'd', start: 20, end: 35, statementIds: ['d.2', 'd.3'] }
    ])
    expect(documentCodings(bundle, new Set(['c'])).map((c) => c.themeId)).toEqual(['u'])
  })
})
