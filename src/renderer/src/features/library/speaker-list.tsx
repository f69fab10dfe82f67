import { memo, useMemo, useState } from 'react'
import type { Stats } from '../../../../shared/api'
import type { Speaker } from '../../../../shared/domain'
import { showClaims, useAppState } from '../../app/app-state'
import { EmptyState } from '../../app/ui/empty-state'
import { formatCount } from '../../app/ui/format-count'
import { RowMenu, useRowMenu } from './row-menu'
import { DeleteSpeakerDialog, EditSpeakerDialog, MergeSpeakerDialog } from './speaker-dialogs'

interface SpeakerListProps {
  speakers: Speaker[]
  stats: Stats | undefined
  readOnly?: boolean
}

/** Who says what: speakers by how many statements are attributed to them. Click to filter the claims. */
export function SpeakerList({ speakers, stats, readOnly = false }: SpeakerListProps) {
  const active = useAppState((s) => (s.view === 'claims' ? s.filter.speakerId : undefined))
  const sorted = useMemo(
    () =>
      [...speakers].sort(
        (a, b) => (stats?.speakers[b.id] ?? 0) - (stats?.speakers[a.id] ?? 0) || a.name.localeCompare(b.name)
      ),
    [speakers, stats]
  )
  if (speakers.length === 0) {
    return (
      <EmptyState compact title="No speakers yet">
        <p>
          Speakers are found when a document is imported (“…, Blinken said”). Set one on any statement in the
          inspector.
        </p>
      </EmptyState>
    )
  }
  return (
    <ul className="speaker-list" aria-label="Speakers">
      {sorted.map((sp) => (
        <SpeakerRow
          key={sp.id}
          speaker={sp}
          speakers={speakers}
          count={stats?.speakers[sp.id] ?? 0}
          active={sp.id === active}
          readOnly={readOnly}
        />
      ))}
    </ul>
  )
}

interface SpeakerRowProps {
  speaker: Speaker
  speakers: Speaker[]
  count: number
  active: boolean
  readOnly: boolean
}

const SpeakerRow = memo(function SpeakerRow({
  speaker: sp,
  speakers,
  count: n,
  active,
  readOnly
}: SpeakerRowProps) {
  const menu = useRowMenu()
  const [dialog, setDialog] = useState<'edit' | 'merge' | 'delete' | null>(null)
  const close = () => setDialog(null)
  return (
    <li className="row-menu">
      <button
        type="button"
        className="speaker-item"
        aria-current={active ? 'true' : undefined}
        title={[sp.name, sp.role, sp.aliases.length ? `also: ${sp.aliases.join(', ')}` : '']
          .filter(Boolean)
          .join(' — ')}
        onClick={() => showClaims({ speakerId: sp.id })}
        {...(readOnly ? {} : menu.openers)}
      >
        <span className="speaker-item__avatar" aria-hidden="true">
          {initials(sp.name)}
        </span>
        <span className="speaker-item__name">{sp.name}</span>
        <span className="speaker-item__count">
          {formatCount(n)}
          <span className="visually-hidden"> statements</span>
        </span>
      </button>
      {!readOnly && (
        <RowMenu
          menu={menu}
          label={`Actions for “${sp.name}”`}
          items={[
            { label: 'Show statements', onSelect: () => showClaims({ speakerId: sp.id }) },
            { label: 'Edit name and role…', separatorBefore: true, onSelect: () => setDialog('edit') },
            { label: 'Merge into…', disabled: speakers.length < 2, onSelect: () => setDialog('merge') },
            { label: 'Delete…', danger: true, separatorBefore: true, onSelect: () => setDialog('delete') }
          ]}
        />
      )}
      {dialog === 'edit' && <EditSpeakerDialog speaker={sp} onClose={close} />}
      {dialog === 'merge' && (
        <MergeSpeakerDialog speaker={sp} speakers={speakers} count={n} onClose={close} />
      )}
      {dialog === 'delete' && <DeleteSpeakerDialog speaker={sp} count={n} onClose={close} />}
    </li>
  )
})

function initials(name: string): string {
  const parts = name
    .replace(/[^\p{L}\s-]/gu, '')
    .split(/\s+/)
    .filter(Boolean)
  const first = parts[0]?.[0] ?? '?'
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : ''
  return (first + last).toUpperCase()
}
