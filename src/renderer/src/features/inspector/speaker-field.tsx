import { useMemo, useRef, useState } from 'react'
import type { StatementRow } from '../../../../shared/api'
import type { Speaker } from '../../../../shared/domain'
import { run } from '../../api'
import { Combobox } from '../../app/ui/combobox'
import { returnToText } from './theme-chips'
import { useFocusRequest } from './use-focus-request'
import { attributionText } from './attribution-text'
import { EditSpeakerDialog } from '../library/speaker-dialogs'
import '../library/speaker-combo.css'

interface SpeakerFieldProps {
  statement: StatementRow
  speakers: Speaker[]
  readOnly: boolean
}

/**
 * Who says the statement: a combobox over known speakers (names first, roles under them, aliases match too); a new
 * name creates a speaker; Escape puts back the stored one. The speaker itself (name, role) is edited from here too.
 */
export function SpeakerField({ statement, speakers, readOnly }: SpeakerFieldProps) {
  const current = speakers.find((s) => s.id === statement.speakerId)
  const [editing, setEditing] = useState(false)
  const options = useMemo(
    () => speakers.map((s) => ({ id: s.id, label: s.name, aliases: s.aliases, hint: s.role ?? undefined })),
    [speakers]
  )
  const box = useRef<HTMLDivElement>(null)
  useFocusRequest('speaker', statement.id, () => box.current?.querySelector('input')?.focus())
  const cue = attributionText(statement)

  return (
    <div className="speaker-field" ref={box}>
      {readOnly ? (
        <p className="speaker-field__name">{current?.name ?? 'Unknown speaker'}</p>
      ) : (
        <div className="speaker-field__row">
          <Combobox
            key={`${statement.id}:${statement.speakerId ?? ''}:${current?.name ?? ''}`}
            label="Speaker"
            placeholder="Who says this?"
            options={options}
            initialValue={current?.name ?? ''}
            keepValue
            restoreOnEscape
            onPick={(o) => {
              if (o.id !== statement.speakerId)
                void run('statements.setSpeaker', { statementId: statement.id, speakerId: o.id })
            }}
            onCreate={(name) =>
              void run('statements.setSpeaker', { statementId: statement.id, speakerName: name })
            }
            createLabel={(name) => `New speaker “${name}”`}
            onCancel={returnToText}
            className="speaker-field__combo speaker-combo"
          />
          {current && (
            <button
              type="button"
              className="icon-button"
              aria-label={`Edit speaker “${current.name}”`}
              title="Edit this speaker’s name and role"
              onClick={() => setEditing(true)}
            >
              ✎
            </button>
          )}
          {current && (
            <button
              type="button"
              className="icon-button"
              aria-label="Clear the speaker"
              title="Clear the speaker"
              onClick={() =>
                void run('statements.setSpeaker', { statementId: statement.id, speakerId: null })
              }
            >
              ×
            </button>
          )}
        </div>
      )}
      {current?.role && <p className="speaker-field__cue">{current.role}</p>}
      {cue && <p className="speaker-field__cue">{cue}</p>}
      {editing && current && <EditSpeakerDialog speaker={current} onClose={() => setEditing(false)} />}
    </div>
  )
}
