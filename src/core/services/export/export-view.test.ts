import { describe, expect, it } from 'vitest'
import type { Theme, WorkspaceSnapshot } from '../../../shared/domain'
import { ExportScopeError, resolveExportView } from './export-view'
import { makeTestSnapshot } from './test-snapshot'

const snapshot = makeTestSnapshot()
const theme = (id: string, parentId: string | null, order: number, name = id): Theme => ({
  id,
  name,
  color: '#000000',
  parentId,
  description: '',
  order
})

describe('resolveExportView', () => {
  it('orders themes depth first, siblings by order then name, with depth and path', () => {
    const view = resolveExportView(snapshot)
    expect(view.themes.map((t) => [t.theme.id, t.depth])).toEqual([
      ['t-esc', 0],
      ['t-nuc', 1],
      ['t-red', 1],
      ['t-ally', 0],
      ['t-hostile', 1],
      ['t-unused', 0]
    ])
    expect(view.themeById.get('t-nuc')!.path).toEqual(['Escalation risk', 'Nuclear signalling'])
  })

  it('keeps orphans and parent cycles as roots instead of losing them', () => {
    const s: WorkspaceSnapshot = {
      ...snapshot,
      themes: [
        theme('b', 'a', 0),
        theme('a', 'b', 0),
        theme('orphan', 'missing', 5),
        theme('self', 'self', 1),
        theme('root', null, 2, 'A')
      ]
    }
    const ids = resolveExportView(s).themes.map((t) => t.theme.id)
    expect(ids.sort()).toEqual(['a', 'b', 'orphan', 'root', 'self'])
  })

  it('scopes by theme subtree: statements, annotations, links touching them, notes citing them', () => {
    const view = resolveExportView(snapshot, { themeId: 't-esc' })
    expect(view.themes.map((t) => t.theme.id)).toEqual(['t-esc', 't-nuc', 't-red'])
    expect(view.documents.flatMap((d) => d.statements.map((s) => s.id))).toEqual([
      'doc-nyt.2',
      'doc-nyt.3',
      'doc-nyt.4',
      'doc-nyt.5',
      'doc-nyt.6',
      'memo_2.1',
      'memo_2.4'
    ])
    expect(view.documents.flatMap((d) => d.annotations.map((a) => a.id))).toEqual(['a-1', 'a-5', 'a-4'])
    expect(view.links.map((l) => l.id)).toEqual(['l-1', 'l-2', 'l-3', 'l-4'])
    expect(view.notes.map((n) => n.id)).toEqual(['n-1'])
    expect(view.isThemeInScope('t-ally')).toBe(false)
  })

  it('scopes by document', () => {
    const view = resolveExportView(snapshot, { documentId: 'memo_2' })
    expect(view.documents.map((d) => d.document.id)).toEqual(['memo_2'])
    expect(view.links.map((l) => l.id)).toEqual(['l-3'])
    expect(view.notes).toEqual([])
  })

  it('attaches an annotation to the statement it overlaps most', () => {
    const view = resolveExportView(snapshot)
    expect(view.annotationsOfStatement('doc-nyt.2').map((a) => a.id)).toEqual(['a-1'])
    expect(view.annotationsOfStatement('memo_2.1').map((a) => a.id)).toEqual(['a-4'])
    const a5 = snapshot.documents[0]!.annotations.find((a) => a.id === 'a-5')!
    expect(view.statementOfAnnotation(a5)).toBeNull()
  })

  it('rejects unknown scope ids', () => {
    expect(() => resolveExportView(snapshot, { themeId: 'x' })).toThrow(ExportScopeError)
    expect(() => resolveExportView(snapshot, { documentId: 'x' })).toThrow('Unknown document "x"')
  })
})
