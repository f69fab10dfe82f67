import { useId, useState, type ReactNode } from 'react'
import { formatCount } from '../../app/ui/format-count'

interface CollapsibleSectionProps {
  title: string
  count?: number
  /** Buttons shown in the header (e.g. "New theme"). */
  actions?: ReactNode
  children: ReactNode
  storageKey: string
  grow?: boolean
}

function initialOpen(key: string): boolean {
  try {
    return localStorage.getItem(`dossier.section.${key}`) !== 'closed'
  } catch {
    return true
  }
}

/** A library section whose header toggles it; remembers whether it was open. */
export function CollapsibleSection({
  title,
  count,
  actions,
  children,
  storageKey,
  grow
}: CollapsibleSectionProps) {
  const [open, setOpen] = useState(() => initialOpen(storageKey))
  const bodyId = useId()
  const toggle = () => {
    setOpen(!open)
    try {
      localStorage.setItem(`dossier.section.${storageKey}`, open ? 'closed' : 'open')
    } catch {
      // Not remembered; fine.
    }
  }
  return (
    <section className={`lib-section${open ? ' lib-section--open' : ''}${grow ? ' lib-section--grow' : ''}`}>
      <div className="lib-section__header">
        <h2 className="lib-section__heading">
          <button
            type="button"
            className="lib-section__toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={toggle}
          >
            <span className="lib-section__chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <span className="lib-section__title">{title}</span>
            {count !== undefined && <span className="lib-section__count">{formatCount(count)}</span>}
          </button>
        </h2>
        {open && actions && <span className="lib-section__actions">{actions}</span>}
      </div>
      <div id={bodyId} className="lib-section__body" hidden={!open}>
        {children}
      </div>
    </section>
  )
}
