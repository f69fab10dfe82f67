import { describe, expect, it } from 'vitest'
import type { Annotation, Statement, Theme, WorkspaceSnapshot } from '../../../shared/domain'
import { ExportScopeError, resolveExportView } from './export-view'
import { makeTestSnapshot } from './testing/test-snapshot'

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

  it('finds the statement of an annotation like a scan of them all, overlapping statements included', () => {
    const base = snapshot.documents[0]!
    let seed = 7
    const rnd = (n: number): number => (seed = (seed * 48271) % 2147483647) % n
    const statements: Statement[] = Array.from({ length: 60 }, (_, i) => {
      const start = rnd(400)
      return { ...base.statements[0]!, id: `s${i}`, start, end: start + rnd(i % 7 === 0 ? 200 : 30) }
    })
    const annotations: Annotation[] = Array.from({ length: 300 }, (_, i) => {
      const start = rnd(450)
      return { ...base.annotations[0]!, id: `a${i}`, start, end: start + (i % 5 === 0 ? 0 : rnd(40)) }
    })
    const s: WorkspaceSnapshot = { ...snapshot, documents: [{ ...base, statements, annotations }] }
    const view = resolveExportView(s)
    const byPosition = [...statements].sort((a, b) => a.start - b.start || a.end - b.end)
    const scan = (a: Annotation): string | null => {
      let best: Statement | null = null
      let bestOverlap = -1
      for (const st of byPosition) {
        const overlap = Math.min(st.end, a.end) - Math.max(st.start, a.start)
        const touches = overlap > 0 || (a.start === a.end && st.start <= a.start && a.start <= st.end)
        if (touches && overlap > bestOverlap) [best, bestOverlap] = [st, overlap]
      }
      return best?.id ?? null
    }
    const found = annotations.map((a) => view.statementOfAnnotation(a)?.id ?? null)
    expect(found).toEqual(annotations.map(scan))
    expect(found.filter((id) => id === null).length).toBeLessThan(annotations.length / 2)
  })

  it('lists links, tagged statements and annotations per statement and theme, in export order', () => {
    const view = resolveExportView(snapshot)
    for (const { statement } of view.statementById.values())
      expect(view.linksOf(statement.id)).toEqual(
        view.links.filter((l) => l.fromId === statement.id || l.toId === statement.id)
      )
    for (const { theme } of view.themes) {
      expect(view.statementsWithTheme(theme.id).map((e) => e.statement.id)).toEqual(
        view.documents.flatMap((d) =>
          d.statements.filter((x) => x.themeIds.includes(theme.id)).map((x) => x.id)
        )
      )
      expect(view.annotationsWithTheme(theme.id).map((e) => e.annotation.id)).toEqual(
        view.documents.flatMap((d) =>
          d.annotations.filter((x) => x.themeIds.includes(theme.id)).map((x) => x.id)
        )
      )
    }
    expect(view.links.length).toBeGreaterThan(0)
  })

  it('rejects unknown scope ids', () => {
    expect(() => resolveExportView(snapshot, { themeId: 'x' })).toThrow(ExportScopeError)
    expect(() => resolveExportView(snapshot, { documentId: 'x' })).toThrow('Unknown document "x"')
  })
})
