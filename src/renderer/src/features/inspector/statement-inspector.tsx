import type { ReactNode } from 'react'
import type { Speaker, Theme } from '../../../../shared/domain'
import { run, useQuery } from '../../api'
import { openLinkPicker, openNote, openStatement } from '../../app/app-state'
import { createTheme } from '../themes/theme-ops'
import { AnnotationCard } from './annotation-card'
import { codingCredits } from './coding-credits'
import { formatTimeRange } from './format-time-range'
import { InspectorHeading } from './inspector-heading'
import { LinkList } from './link-list'
import { SpanCodings } from './span-codings'
import { SpeakerConflictNotice } from './speaker-conflict'
import { SpeakerField } from './speaker-field'
import { ThemeChips } from './theme-chips'

interface StatementInspectorProps {
  id: string
  themes: Theme[]
  speakers: Speaker[]
  readOnly: boolean
}

/** Everything about one statement: text, source, speaker, themes, highlights with notes, cross-references. */
export function StatementInspector({ id, themes, speakers, readOnly }: StatementInspectorProps) {
  const detail = useQuery('statements.get', { id })
  if (detail.error && detail.data?.statement.id !== id) {
    return (
      <p className="inspector__error" role="alert">
        {detail.error.code === 'NOT_FOUND' ? 'This statement no longer exists.' : detail.error.message}
      </p>
    )
  }
  const d = detail.data?.statement.id === id ? detail.data : undefined
  if (!d) return <div className="inspector__loading" aria-busy="true" />
  const s = d.statement
  const tag = (themeIds: string[]) => run('statements.tag', { statementIds: [s.id], themeIds })
  const speakerName = (sid: string | null) =>
    sid ? (speakers.find((x) => x.id === sid)?.name ?? null) : null
  const credits = codingCredits(s.codings, (id) => themes.find((t) => t.id === id)?.name)

  return (
    <div className="inspector__body">
      <InspectorHeading id={s.id} kind="Statement" />
      <blockquote className="inspector__quote">{s.text}</blockquote>
      <button type="button" className="inspector__source" onClick={() => openStatement(s.id, s.documentId)}>
        ¶ {s.paragraphIndex + 1} · {s.documentTitle}
        {s.time && (
          <span className="inspector__time" title="When it is said in the recording">
            {' '}
            · {formatTimeRange(s.time.startMs, s.time.endMs)}
          </span>
        )}
      </button>

      <Section title="Speaker">
        <SpeakerField statement={s} speakers={speakers} readOnly={readOnly} />
        <SpeakerConflictNotice statementId={s.id} readOnly={readOnly} />
      </Section>

      <Section title="Themes">
        <ThemeChips
          ownerId={s.id}
          ownerKind="statement"
          themeIds={s.themeIds}
          themes={themes}
          readOnly={readOnly}
          onAdd={(t) => void tag([t.id])}
          onRemove={(t) => void run('statements.untag', { statementIds: [s.id], themeIds: [t.id] })}
          onCreate={async (name) => {
            const t = await createTheme(name, null, themes)
            if (t) await tag([t.id])
          }}
        />
        <SpanCodings codings={s.codings} themes={themes} />
        {credits && (
          <p className="coding-credits" title={credits.detail}>
            {credits.summary}
          </p>
        )}
      </Section>

      <Section title="Highlights & notes" count={d.annotations.length}>
        {d.annotations.length === 0 ? (
          <p className="inspector__muted">
            None. Select words in the text and choose Annotate…, or press <kbd>A</kbd> to annotate the whole
            statement.
          </p>
        ) : (
          d.annotations.map((a) => (
            <AnnotationCard key={a.id} annotation={a} themes={themes} readOnly={readOnly} nested />
          ))
        )}
      </Section>

      <Section
        title="Cross-references"
        count={d.linksOut.length + d.linksIn.length}
        action={
          !readOnly && (
            <button type="button" className="button button--small" onClick={() => openLinkPicker(s.id)}>
              Link to…
            </button>
          )
        }
      >
        <LinkList linksOut={d.linksOut} linksIn={d.linksIn} speakerName={speakerName} readOnly={readOnly} />
      </Section>

      {d.citedBy.length > 0 && (
        <Section title="Cited in notes" count={d.citedBy.length}>
          <ul className="cited-list">
            {d.citedBy.map((n) => (
              <li key={n.id}>
                <button type="button" className="cited-list__item" onClick={() => openNote(n.id)}>
                  {n.title}
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  )
}

export function Section({
  title,
  count,
  action,
  children
}: {
  title: string
  count?: number
  action?: ReactNode
  children: ReactNode
}) {
  return (
    <section className="inspector__section">
      <div className="inspector__section-head">
        <h3 className="inspector__section-title">
          {title}
          {count !== undefined && count > 0 && <span className="inspector__count">{count}</span>}
        </h3>
        {action}
      </div>
      {children}
    </section>
  )
}
