import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { toApiError, type CodersView, type ViewScope } from '../../../../shared/api'
import { callOp } from '../../../../shared/api/call-op'
import { CoderName } from '../../../../shared/domain'
import { api, run, useQuery } from '../../api'
import { notify } from '../../app/toast'
import { Popover } from '../../app/ui/popover'
import { scopeChoices, scopeLabel } from './scope-label'
import './coder-picker.css'

/** The top bar's "Coding as NAME": a panel to switch coder, add one, and choose whose codings views show. */
export function CoderPicker({ readOnly }: { readOnly: boolean }) {
  const coders = useQuery('coders.list', {}).data
  const scope = useQuery('coders.scope', {}).data
  const [open, setOpen] = useState(false)
  const anchor = useRef<HTMLButtonElement>(null)
  const badge = coders && scope ? scopeLabel(scope, coders) : null
  return (
    <div className="coder-picker">
      <button
        ref={anchor}
        type="button"
        className="button button--small coder-picker__button"
        aria-haspopup="dialog"
        aria-expanded={open}
        title="Who is coding, and whose codings to show"
        onClick={() => setOpen((o) => !o)}
      >
        <span className="coder-picker__prefix">Coding as </span>
        <strong>{coders?.current?.name ?? '…'}</strong>
      </button>
      {badge && (
        <span
          className={`top-bar__badge${scope?.blind ? ' coder-picker__blind' : ''}`}
          title={scopeTitle(scope)}
        >
          {badge}
        </span>
      )}
      {open && coders && scope && (
        <Popover anchor={anchor} onClose={() => setOpen(false)} label="Coder" className="coder-picker__panel">
          <CoderPanel coders={coders} scope={scope} readOnly={readOnly} onDone={() => setOpen(false)} />
        </Popover>
      )}
    </div>
  )
}

const scopeTitle = (scope: ViewScope | undefined) =>
  scope?.blind
    ? 'Blind mode: other coders’ codings and their counts are hidden'
    : 'Views show only these codings'

function CoderPanel({
  coders,
  scope,
  readOnly,
  onDone
}: {
  coders: CodersView
  scope: ViewScope
  readOnly: boolean
  onDone(): void
}) {
  const id = useId()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const codeAs = async (newName: string) => {
    try {
      const after = await callOp(api, 'coders.setCurrent', { name: newName })
      notify(`Coding as ${after.current?.name ?? newName}`)
      onDone()
    } catch (err) {
      const e = toApiError(err)
      setError(e.issues?.[0]?.message ?? e.message)
    }
  }
  const add = (e: FormEvent) => {
    e.preventDefault()
    const checked = CoderName.safeParse(name)
    if (checked.success) void codeAs(checked.data)
    else setError(checked.error.issues[0]?.message ?? 'not a coder name')
  }
  const show = (input: { show?: ViewScope['show']; blind?: boolean }) => void run('coders.setScope', input)
  // The box follows the click at once; the saved scope follows it, or puts it back when refused.
  const [blind, setBlind] = useState(scope.blind)
  useEffect(() => setBlind(scope.blind), [scope.blind])
  const toggleBlind = async (on: boolean) => {
    setBlind(on)
    if (!(await run('coders.setScope', { blind: on }))) setBlind(scope.blind)
  }
  const current = coders.current?.id
  return (
    <div className="coder-picker__body">
      <h2 className="coder-picker__heading" id={`${id}-as`}>
        Code as
      </h2>
      <div className="coder-picker__choices" role="group" aria-labelledby={`${id}-as`}>
        {coders.coders.map((c) => (
          <button
            key={c.id}
            type="button"
            className="coder-picker__choice"
            aria-pressed={c.id === current}
            data-autofocus={c.id === current || undefined}
            disabled={readOnly}
            onClick={() => (c.id === current ? onDone() : void codeAs(c.name))}
          >
            {c.name}
          </button>
        ))}
      </div>
      <form className="coder-picker__add" noValidate onSubmit={add}>
        <label className="field" htmlFor={`${id}-name`}>
          New coder
        </label>
        <div className="coder-picker__add-row">
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            disabled={readOnly}
            placeholder="Name"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setName(e.target.value)
              setError(null)
            }}
          />
          <button type="submit" className="button button--small" disabled={readOnly}>
            Add
          </button>
        </div>
        {error && (
          <p id={`${id}-error`} className="coder-picker__error" role="alert">
            {error}
          </p>
        )}
      </form>

      <h2 className="coder-picker__heading" id={`${id}-show`}>
        Show
      </h2>
      <div className="coder-picker__choices" role="group" aria-labelledby={`${id}-show`}>
        {scopeChoices(coders).map((c) => (
          <button
            key={c.show}
            type="button"
            className="coder-picker__choice"
            aria-pressed={scope.show === c.show}
            disabled={readOnly || (scope.blind && c.show !== 'mine')}
            onClick={() => show({ show: c.show })}
          >
            {c.label}
          </button>
        ))}
      </div>
      <label className="coder-picker__toggle">
        <input
          type="checkbox"
          checked={blind}
          disabled={readOnly}
          onChange={(e) => void toggleBlind(e.target.checked)}
        />
        Blind mode: hide other coders’ codings and their counts
      </label>
    </div>
  )
}
