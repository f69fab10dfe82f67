import { appStore } from '../../app/app-state'
import { formatShortcut } from '../shortcuts/match-shortcut'
import { SHORTCUT_GROUPS } from '../shortcuts/shortcut-list'
import { Dialog } from '../../app/ui/dialog'
import './help-overlay.css'

function Keys({ spec }: { spec: string }) {
  const steps = spec.includes(' ') && spec.length > 1 ? spec.split(' ') : [spec]
  return (
    <span className="help-keys">
      {steps.map((step, i) => (
        <span key={i} className="help-keys__step">
          {i > 0 && <span className="help-keys__then">then</span>}
          {formatShortcut(step).map((k, j) => (
            <kbd key={j}>{k}</kbd>
          ))}
        </span>
      ))}
    </span>
  )
}

/** Every keyboard shortcut, grouped, in one dialog (`?`). */
export function HelpOverlay() {
  const close = (): void => appStore.setState({ helpOpen: false })
  return (
    <Dialog
      title="Keyboard shortcuts"
      onClose={close}
      className="help-overlay"
      initialFocus=".help-overlay__close"
      footer={
        <>
          <span className="help-overlay__hint">
            Shortcuts do not fire while you type in a field, except {formatShortcut('mod+k').join('+')}{' '}
            (search) and {formatShortcut('mod+.').join('+')} (inspector).
          </span>
          <button type="button" className="button help-overlay__close" onClick={close}>
            Close
          </button>
        </>
      }
    >
      <div className="help-overlay__body">
        {SHORTCUT_GROUPS.map((group) => (
          <table key={group.title} className="help-table">
            <caption>{group.title}</caption>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {group.entries.map((entry) => (
                <tr key={entry.description}>
                  <td>
                    {entry.keys.map((spec, i) => (
                      <span key={spec}>
                        {i > 0 && <span className="help-keys__or"> or </span>}
                        <Keys spec={spec} />
                      </span>
                    ))}
                  </td>
                  <td>{entry.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  )
}
