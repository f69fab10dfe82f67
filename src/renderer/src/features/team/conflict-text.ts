import type {
  DeletedDocumentConflict,
  DeletedThemeConflict,
  SpeakerConflict,
  SyncConflict
} from '../../../../shared/api'
import { plural } from '../themes/plural'

const speaker = (name: string | null) => (name === null ? 'no speaker' : `“${name}”`)

/** What a conflict is, in a sentence. */
export function conflictText(c: SyncConflict): string {
  if (c.kind === 'speaker') return speakerConflictText(c)
  return c.kind === 'deletedDocument' ? deletedDocumentText(c) : deletedThemeText(c)
}

/** "2 codings (1 of them yours) use “Escalation”, which Ben deleted; they are not applied" */
export function deletedThemeText(c: DeletedThemeConflict): string {
  const theme = c.themeName === null ? 'a theme' : `“${c.themeName}”`
  const who = c.deletedByYou ? 'you' : (c.deletedBy ?? 'a teammate')
  const yours =
    c.yours === 0
      ? ''
      : c.yours === c.codings
        ? c.codings === 1
          ? ' (yours)'
          : ' (all yours)'
        : ` (${c.yours} of them yours)`
  const verb = c.codings === 1 ? 'uses' : 'use'
  return `${plural(c.codings, 'coding')}${yours} ${verb} ${theme}, which ${who} deleted; ${c.codings === 1 ? 'it is' : 'they are'} not applied`
}

/** "You chose “Nye” while Ben chose “Stoltenberg”; the team copy kept “Stoltenberg”" (from this coder's side). */
export function speakerConflictText(c: SpeakerConflict): string {
  const other = c.otherByYou ? 'You' : (c.otherBy ?? 'A teammate')
  const kept = c.keptByYou ? 'you' : (c.keptBy ?? 'a teammate')
  return `${other} chose ${speaker(c.otherSpeakerName)} while ${kept} chose ${speaker(c.speakerName)}; the team copy kept ${c.keptByYou ? 'yours' : speaker(c.speakerName)}`
}

/** "Ben deleted “Title”; your 3 highlights are kept" (and notes, codings, when there are). */
export function deletedDocumentText(c: DeletedDocumentConflict): string {
  const work: string[] = []
  if (c.highlights > 0)
    work.push(
      plural(c.highlights, 'highlight') + (c.notes > 0 ? ` (${formatNotes(c.notes, c.highlights)})` : '')
    )
  if (c.codings > 0) work.push(plural(c.codings, 'coding'))
  const total = c.highlights + c.codings
  return `${c.deletedBy ?? 'A teammate'} deleted “${c.title}”; your ${work.join(' and ')} ${total === 1 ? 'is' : 'are'} kept`
}

const formatNotes = (notes: number, highlights: number) =>
  notes === highlights && highlights > 1 ? 'all with notes' : `${notes} with a note`

/** The buttons a conflict offers: the action and its label. */
export function conflictActions(
  c: SyncConflict
): { action: 'accept' | 'keep' | 'restore' | 'confirm'; label: string }[] {
  if (c.kind === 'speaker')
    return [
      { action: 'accept', label: `Use ${speaker(c.otherSpeakerName)}` },
      { action: 'keep', label: `Keep ${speaker(c.speakerName)}` }
    ]
  if (c.kind === 'deletedTheme')
    return [
      { action: 'restore', label: 'Restore the theme' },
      { action: 'confirm', label: 'Drop the codings' }
    ]
  return [
    { action: 'restore', label: 'Restore' },
    { action: 'confirm', label: 'Confirm deletion' }
  ]
}
