import { describe, expect, it } from 'vitest'
import type { ChangeEvent, EntityKind } from '../../../shared/api'
import { reloadsOn } from './reloads-on'

const change = (...kinds: EntityKind[]): ChangeEvent => ({ version: 1, label: 'x', kinds, documentIds: [] })

describe('reloadsOn', () => {
  it('keeps the document list through note, theme, speaker and link changes', () => {
    for (const k of ['note', 'theme', 'speaker', 'link'] as const)
      expect(reloadsOn('documents.list', change(k))).toBe(false)
  })

  it('reloads the document list when documents, their statements or annotations change, or on restore', () => {
    expect(reloadsOn('documents.list', change('document'))).toBe(true)
    expect(reloadsOn('documents.list', change('note', 'annotation'))).toBe(true)
    expect(reloadsOn('documents.list', change('workspace', 'document', 'note', 'link'))).toBe(true)
  })

  it('reloads every other query on any change', () => {
    expect(reloadsOn('notes.list', change('theme'))).toBe(true)
    expect(reloadsOn('statements.list', change('note'))).toBe(true)
  })
})
