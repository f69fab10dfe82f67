import { describe, expect, it } from 'vitest'
import type { DeletedDocumentConflict, DeletedThemeConflict, SpeakerConflict } from '../../../../shared/api'
import { conflictActions, conflictText } from './conflict-text'

const speaker: SpeakerConflict = {
  id: 'speaker:d1.4',
  kind: 'speaker',
  statementId: 'd1.4',
  documentId: 'd1',
  documentTitle: 'Press conference',
  speakerId: 'sp-1',
  speakerName: 'Stoltenberg',
  otherSpeakerId: 'sp-2',
  otherSpeakerName: 'Nye',
  otherBy: 'Ben',
  otherByYou: false,
  keptBy: 'Ana',
  keptByYou: false
}
const deleted: DeletedDocumentConflict = {
  id: 'document:d1',
  kind: 'deletedDocument',
  documentId: 'd1',
  title: 'Press conference',
  deletedBy: 'Ben',
  keptAt: '2026-12-03T10:00:00.000Z',
  highlights: 3,
  notes: 0,
  codings: 0
}

const theme: DeletedThemeConflict = {
  id: 'theme:th-1',
  kind: 'deletedTheme',
  themeId: 'th-1',
  themeName: 'Escalation',
  deletedBy: 'Ben',
  deletedByYou: false,
  codings: 3,
  yours: 2
}

describe('conflictText', () => {
  it('says how many codings use a deleted theme, whose, and who deleted it', () => {
    expect(conflictText(theme)).toBe(
      '3 codings (2 of them yours) use “Escalation”, which Ben deleted; they are not applied'
    )
    expect(conflictText({ ...theme, codings: 1, yours: 1 })).toBe(
      '1 coding (yours) uses “Escalation”, which Ben deleted; it is not applied'
    )
    expect(conflictText({ ...theme, yours: 0, deletedBy: 'Ana', deletedByYou: true, themeName: null })).toBe(
      '3 codings use a theme, which you deleted; they are not applied'
    )
    expect(conflictActions(theme).map((a) => a.action)).toEqual(['restore', 'confirm'])
  })

  it('names who chose which speaker and what the team copy kept, from this coder’s side', () => {
    expect(conflictText(speaker)).toBe(
      'Ben chose “Nye” while Ana chose “Stoltenberg”; the team copy kept “Stoltenberg”'
    )
    expect(conflictText({ ...speaker, otherBy: 'Ana', otherByYou: true, keptBy: 'Ben' })).toBe(
      'You chose “Nye” while Ben chose “Stoltenberg”; the team copy kept “Stoltenberg”'
    )
    expect(conflictText({ ...speaker, keptByYou: true })).toBe(
      'Ben chose “Nye” while you chose “Stoltenberg”; the team copy kept yours'
    )
    expect(
      conflictText({ ...speaker, otherBy: null, keptBy: null, speakerName: null, speakerId: null })
    ).toBe('A teammate chose “Nye” while a teammate chose no speaker; the team copy kept no speaker')
  })

  it('says who deleted the document and what of this analyst’s is kept', () => {
    expect(conflictText(deleted)).toBe('Ben deleted “Press conference”; your 3 highlights are kept')
    expect(conflictText({ ...deleted, highlights: 1, notes: 1, codings: 2, deletedBy: null })).toBe(
      'A teammate deleted “Press conference”; your 1 highlight (1 with a note) and 2 codings are kept'
    )
    expect(conflictText({ ...deleted, highlights: 0, codings: 1 })).toBe(
      'Ben deleted “Press conference”; your 1 coding is kept'
    )
  })

  it('offers accept/keep for a speaker and restore/confirm for a document', () => {
    expect(conflictActions(speaker).map((a) => [a.action, a.label])).toEqual([
      ['accept', 'Use “Nye”'],
      ['keep', 'Keep “Stoltenberg”']
    ])
    expect(conflictActions(deleted).map((a) => a.action)).toEqual(['restore', 'confirm'])
  })
})
