import { Fragment, type KeyboardEvent, type ReactNode } from 'react'

export interface MenuItem {
  label: string
  onSelect(): void
  disabled?: boolean
  danger?: boolean
  hint?: string
  icon?: ReactNode
  separatorBefore?: boolean
}

/** The items of a role="menu" popover: arrow keys, Home/End move; Enter/Space activate. */
export function MenuItems({ items, label, onDone }: { items: MenuItem[]; label: string; onDone(): void }) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')]
    const i = list.indexOf(document.activeElement as HTMLElement)
    const move = (j: number) => list[(j + list.length) % list.length]?.focus()
    if (e.key === 'ArrowDown') move(i + 1)
    else if (e.key === 'ArrowUp') move(i - 1)
    else if (e.key === 'Home') move(0)
    else if (e.key === 'End') move(list.length - 1)
    else if (e.key === 'Tab') onDone()
    else return
    e.preventDefault()
  }
  return (
    <div className="menu" role="menu" aria-label={label} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <Fragment key={item.label}>
          {item.separatorBefore && <div className="menu__separator" role="separator" />}
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={`menu__item${item.danger ? ' menu__item--danger' : ''}`}
            aria-disabled={item.disabled || undefined}
            onClick={() => {
              if (item.disabled) return
              onDone()
              item.onSelect()
            }}
          >
            {item.icon}
            {item.label}
            {item.hint && <span className="menu__hint">{item.hint}</span>}
          </button>
        </Fragment>
      ))}
    </div>
  )
}
