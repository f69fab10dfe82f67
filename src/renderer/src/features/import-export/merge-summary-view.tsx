import type { MergeSummary } from '../../../../shared/api'
import { plural } from '../themes/plural'

const work = (w: { codings: number; annotations: number; links: number; notes: number }) =>
  [
    plural(w.codings, 'coding'),
    plural(w.annotations, 'highlight'),
    plural(w.links, 'link'),
    plural(w.notes, 'note')
  ].join(', ')

/** What a merge brings in, from whom, and what conflicts: the body of the merge dialog. */
export function MergeSummaryView({ summary: m }: { summary: MergeSummary }) {
  const d = m.documents
  const already = Object.values(m.alreadyHere).some((n) => n > 0)
  return (
    <div className="merge-summary">
      <p>
        {m.kind === 'qdpx' ? 'REFI-QDA project' : 'Dossier workspace'} “{m.from}”:{' '}
        {plural(d.matched.length, 'document')} matched
        {d.added.length > 0 && `, ${plural(d.added.length, 'document')} added`}
        {d.refused.length > 0 && `, ${plural(d.refused.length, 'document')} not in this workspace`}.
      </p>
      {(d.added.length > 0 || d.refused.length > 0) && (
        <ul className="merge-summary__list">
          {[...d.added, ...d.refused].map((x) => (
            <li key={x.id}>{x.title}</li>
          ))}
        </ul>
      )}
      {m.refusal && (
        <p className="merge-summary__refusal" role="alert">
          {m.refusal}
        </p>
      )}
      <h3 className="merge-summary__heading">Coming in</h3>
      {m.coders.length === 0 ? (
        <p>Nothing new: all of it is here already.</p>
      ) : (
        <ul className="merge-summary__list" aria-label="Coming in">
          {m.coders.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong>
              {c.isNew && ' (new coder)'}: {work(c)}
            </li>
          ))}
        </ul>
      )}
      {already && <p className="dialog-hint">Already here, left as is: {work(m.alreadyHere)}.</p>}
      <h3 className="merge-summary__heading">Themes</h3>
      <p>
        {plural(m.themes.matched.length, 'theme')} matched, {m.themes.added.length} added
        {m.themes.added.length > 0 && ' — map or merge them into yours in the codebook afterwards'}
      </p>
      {m.themes.added.length > 0 && (
        <ul className="merge-summary__list" aria-label="Themes added">
          {m.themes.added.map((t) => (
            <li key={t.id}>{t.path}</li>
          ))}
        </ul>
      )}
      {m.conflicts.length > 0 && (
        <>
          <h3 className="merge-summary__heading">Conflicts</h3>
          <ul className="merge-summary__list" aria-label="Conflicts">
            {m.conflicts.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      )}
      {m.remarks.map((r, i) => (
        <p key={i} className="dialog-hint">
          {r}
        </p>
      ))}
    </div>
  )
}
