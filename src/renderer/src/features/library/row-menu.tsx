import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { MenuItems, type MenuItem } from '../../app/ui/menu'
import { Popover } from '../../app/ui/popover'

/**
 * The "⋯" actions button of a library row and its menu. The row's own button opens the same menu on right-click,
 * Shift+F10 or the context-menu key (spread `openers` on it).
 */
export function useRowMenu() {
  const anchor = useRef<HTMLButtonElement>(null)
  const [open, setOpen] = useState(false)
  const openers = {
    onContextMenu: (e: MouseEvent) => {
      e.preventDefault()
      setOpen(true)
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
        e.preventDefault()
        setOpen(true)
      }
    }
  }
  return { anchor, open, setOpen, openers }
}

interface RowMenuProps {
  menu: ReturnType<typeof useRowMenu>
  label: string
  items: MenuItem[]
}

export function RowMenu({ menu, label, items }: RowMenuProps) {
  return (
    <>
      <button
        ref={menu.anchor}
        type="button"
        className="icon-button row-menu__button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={menu.open}
        title="Actions (Shift+F10)"
        onClick={() => menu.setOpen(true)}
      >
        ⋯
      </button>
      {menu.open && (
        <Popover anchor={menu.anchor} onClose={() => menu.setOpen(false)} label={label}>
          <MenuItems
            label={label}
            // What an item opens (a dialog) returns focus to the row's button when it closes.
            items={items.map((item) => ({
              ...item,
              onSelect: () => {
                menu.anchor.current?.focus()
                item.onSelect()
              }
            }))}
            onDone={() => menu.setOpen(false)}
          />
        </Popover>
      )}
    </>
  )
}
