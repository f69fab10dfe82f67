import { useState } from 'react'
import type { AgreementRow } from '../../../../../shared/api'
import { agreementCsv } from '../../../../../shared/analysis/analysis-csv'
import { useQuery } from '../../../api/use-query'
import { EmptyState } from '../../../app/ui/empty-state'
import { saveFile } from '../../import-export/save-file'
import { AgreementTable } from './agreement-table'
import { DisagreementsList } from './disagreements-list'
import './agreement.css'

/** Inter-coder agreement per theme among the chosen coders; a theme opens the statements they disagree on. */
export function AgreementPanel() {
  const activity = useQuery('analysis.coders', {})
  const [picked, setPicked] = useState<string[] | null>(null)
  const [theme, setTheme] = useState<AgreementRow | null>(null)
  const coders = activity.data?.coders ?? []
  const chosen = picked ?? coders.filter((c) => c.codings > 0).map((c) => c.coder.id)
  const agreement = useQuery('analysis.agreement', chosen.length >= 2 ? { coderIds: chosen } : null)
  const r = agreement.data
  const toggle = (id: string, on: boolean) => {
    setPicked(coders.map((c) => c.coder.id).filter((x) => (x === id ? on : chosen.includes(x))))
    setTheme(null)
  }
  const exportCsv = () => {
    if (r) saveFile({ fileName: 'agreement.csv', type: 'text/csv;charset=utf-8', data: agreementCsv(r) })
  }
  const open = theme && r?.themes.find((t) => t.themeId === theme.themeId)

  return (
    <div className="agreement-panel">
      <div className="agreement-panel__controls">
        <fieldset className="agreement-panel__coders">
          <legend>Coders to compare</legend>
          {coders.map(({ coder, codings }) => (
            <label key={coder.id} className="agreement-panel__coder">
              <input
                type="checkbox"
                checked={chosen.includes(coder.id)}
                onChange={(e) => toggle(coder.id, e.target.checked)}
              />
              {coder.name}
              <span className="agreement-panel__count">
                {codings.toLocaleString()} coding{codings === 1 ? '' : 's'}
              </span>
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="button button--small"
          onClick={exportCsv}
          disabled={!r || r.themes.length === 0}
        >
          Download CSV
        </button>
      </div>
      {activity.error || agreement.error ? (
        <EmptyState title="Agreement could not be computed">
          {(activity.error ?? agreement.error)!.message}
        </EmptyState>
      ) : !activity.data ? (
        <p className="analysis-view__pending" role="status">
          Loading…
        </p>
      ) : chosen.length < 2 ? (
        <EmptyState title="Choose two or more coders">
          {coders.filter((c) => c.codings > 0).length < 2
            ? 'Agreement compares coders who coded the same documents; so far fewer than two coders have coded anything. Code as another coder (dossier coder set NAME) or merge another analyst’s work.'
            : 'Agreement needs at least two coders: tick another one above.'}
        </EmptyState>
      ) : !r ? (
        <p className="analysis-view__pending" role="status">
          Computing…
        </p>
      ) : r.themes.length === 0 ? (
        <EmptyState title="Nothing to compare yet">
          {r.coders.map((c) => c.name).join(' and ')} have not coded the same documents.
        </EmptyState>
      ) : (
        <>
          <AgreementTable r={r} selected={open?.themeId ?? null} onSelect={setTheme} />
          {open && (
            <DisagreementsList
              key={open.themeId}
              theme={open}
              coders={r.coders}
              onClose={() => setTheme(null)}
            />
          )}
        </>
      )}
    </div>
  )
}
