import { useMemo } from 'react'
import type { Stats } from '../../../../shared/api'
import type { Speaker } from '../../../../shared/domain'
import { showClaims, useAppState } from '../../app/app-state'
import { EmptyState } from '../../app/ui/empty-state'

/** Who says what: speakers by how many statements are attributed to them. Click to filter the claims. */
export function SpeakerList({ speakers, stats }: { speakers: Speaker[]; stats: Stats | undefined }) {
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
      {sorted.map((sp) => {
        const n = stats?.speakers[sp.id] ?? 0
        return (
          <li key={sp.id}>
            <button
              type="button"
              className="speaker-item"
              aria-current={sp.id === active ? 'true' : undefined}
              title={[sp.name, sp.role, sp.aliases.length ? `also: ${sp.aliases.join(', ')}` : '']
                .filter(Boolean)
                .join(' — ')}
              onClick={() => showClaims({ speakerId: sp.id })}
            >
              <span className="speaker-item__avatar" aria-hidden="true">
                {initials(sp.name)}
              </span>
              <span className="speaker-item__name">{sp.name}</span>
              <span className="speaker-item__count">
                {n.toLocaleString()}
                <span className="visually-hidden"> statements</span>
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}

function initials(name: string): string {
  const parts = name
    .replace(/[^\p{L}\s-]/gu, '')
    .split(/\s+/)
    .filter(Boolean)
  const first = parts[0]?.[0] ?? '?'
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : ''
  return (first + last).toUpperCase()
}
