import { useEffect, useRef, useState } from 'react'
import type { AgreementRow, Disagreement, SettleInput } from '../../../../../shared/api'
import type { Coder } from '../../../../../shared/domain'
import { run } from '../../../api/run-mutation'
import { useQuery } from '../../../api/use-query'
import { notifyUndoable } from '../../shortcuts/notify-undoable'

const PAGE = 20

interface Props {
  theme: AgreementRow
  coders: Coder[]
  onClose: () => void
}

function CodingCell({ applied }: { applied: boolean | null }) {
  if (applied === null)
    return <span className="disagreements__absent">not coded (document not worked on)</span>
  return (
    <span className={applied ? 'disagreements__applied' : 'disagreements__not-applied'}>
      <span aria-hidden="true">{applied ? '✓ ' : '✗ '}</span>
      {applied ? 'Applied' : 'Not applied'}
    </span>
  )
}

/** The statements the coders disagree on for one theme, side by side, each with the ways to settle it. */
export function DisagreementsList({ theme, coders, onClose }: Props) {
  const themeId = theme.themeId!
  const coderIds = coders.map((c) => c.id)
  const [offset, setOffset] = useState(0)
  const list = useQuery('analysis.disagreements', { coderIds, themeId, offset, limit: PAGE })
  const data = list.data
  const section = useRef<HTMLElement>(null)
  const focusRow = useRef<number | null>(null)

  useEffect(() => section.current?.querySelector<HTMLElement>('h2')?.focus(), [])
  useEffect(() => {
    if (focusRow.current === null || !data || list.loading) return
    const rows = section.current?.querySelectorAll<HTMLElement>('[data-settle-row]') ?? []
    const row = rows[Math.min(focusRow.current, rows.length - 1)]
    ;(row?.querySelector<HTMLElement>('button') ?? section.current?.querySelector<HTMLElement>('h2'))?.focus()
    focusRow.current = null
  }, [data, list.loading])
  useEffect(() => {
    if (data && offset > 0 && offset >= data.total) setOffset(Math.max(0, offset - PAGE))
  }, [data, offset])

  const settle = async (d: Disagreement, index: number, decision: SettleInput['decision'], what: string) => {
    const done = await run('codings.settle', {
      statementId: d.statementId,
      themeIds: [themeId],
      coderIds,
      decision
    })
    if (!done) return
    focusRow.current = index
    notifyUndoable(`Settled “${theme.theme}”: ${what}`)
  }
  const name = (id: string) => coders.find((c) => c.id === id)?.name ?? id

  return (
    <section
      ref={section}
      className="disagreements"
      aria-labelledby="disagreements-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onClose()
        }
      }}
    >
      <header className="disagreements__header">
        <h2 id="disagreements-title" tabIndex={-1}>
          Disagreements on “{theme.theme}”
          {data && <span className="disagreements__total"> · {data.total.toLocaleString()}</span>}
        </h2>
        <button type="button" className="button button--small button--ghost" onClick={onClose}>
          Close
        </button>
      </header>
      {list.error ? (
        <p role="alert">{list.error.message}</p>
      ) : !data ? (
        <p role="status">Loading…</p>
      ) : data.total === 0 ? (
        <p role="status">No disagreements left on “{theme.theme}”.</p>
      ) : (
        <>
          <table className="disagreements__table">
            <caption className="visually-hidden">
              Statements on which the coders differ about “{theme.theme}”: what each coder did, and how to
              settle it.
            </caption>
            <thead>
              <tr>
                <th scope="col">Statement</th>
                {coders.map((c) => (
                  <th key={c.id} scope="col">
                    {c.name}
                  </th>
                ))}
                <th scope="col">Settle</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((d, i) => (
                <tr key={d.statementId} data-settle-row>
                  <td className="disagreements__statement">
                    <p className="disagreements__text">{d.text}</p>
                    <p className="disagreements__meta">
                      {d.documentTitle}
                      {d.speakerName && ` · ${d.speakerName}`}
                    </p>
                  </td>
                  {d.codings.map((c) => (
                    <td key={c.coderId}>
                      <CodingCell applied={c.themeIds === null ? null : c.themeIds.includes(themeId)} />
                    </td>
                  ))}
                  <td>
                    <div
                      className="disagreements__actions"
                      role="group"
                      aria-label={`Settle statement ${offset + i + 1}`}
                    >
                      {d.codings
                        .filter((c) => c.themeIds !== null)
                        .map((c) => (
                          <button
                            key={c.coderId}
                            type="button"
                            className="button button--small"
                            onClick={() =>
                              void settle(
                                d,
                                i,
                                { kind: 'accept', coderId: c.coderId },
                                `accepted ${name(c.coderId)}`
                              )
                            }
                          >
                            Accept {name(c.coderId)}
                          </button>
                        ))}
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => void settle(d, i, { kind: 'keepAll' }, 'kept')}
                      >
                        Keep all
                      </button>
                      <button
                        type="button"
                        className="button button--small button--danger"
                        onClick={() => void settle(d, i, { kind: 'remove' }, 'removed')}
                      >
                        Remove
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.total > PAGE && (
            <nav className="disagreements__pager" aria-label="Pages of disagreements">
              <button
                type="button"
                className="button button--small"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                Previous
              </button>
              <span>
                {offset + 1}–{Math.min(offset + PAGE, data.total)} of {data.total.toLocaleString()}
              </span>
              <button
                type="button"
                className="button button--small"
                disabled={offset + PAGE >= data.total}
                onClick={() => setOffset(offset + PAGE)}
              >
                Next
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  )
}
