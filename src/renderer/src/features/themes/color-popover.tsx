import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import { Popover } from '../../app/ui/popover'
import { THEME_COLORS } from './theme-colors'

interface ColorPopoverProps {
  anchor: RefObject<HTMLElement | null>
  themeName: string
  color: string
  onPick(color: string): void
  onClose(): void
}

const COLUMNS = 6

/** The theme palette as a grid (arrow keys move, Enter picks) plus the system colour picker for anything else. */
export function ColorPopover({ anchor, themeName, color, onPick, onClose }: ColorPopoverProps) {
  const current = color.toLowerCase()
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('.color-grid__swatch')]
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (i < 0) return
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS }[e.key]
    if (!step) return
    e.preventDefault()
    buttons[Math.min(Math.max(i + step, 0), buttons.length - 1)]?.focus()
  }
  const startIndex = Math.max(
    0,
    THEME_COLORS.findIndex((c) => c.hex === current)
  )
  return (
    <Popover anchor={anchor} onClose={onClose} label={`Colour of “${themeName}”`} className="color-popover">
      <div className="menu color-popover__panel">
        <div className="color-grid" role="group" aria-label="Palette" onKeyDown={onKeyDown}>
          {THEME_COLORS.map((c, i) => (
            <button
              key={c.hex}
              type="button"
              className="color-grid__swatch"
              style={{ ['--swatch' as string]: c.hex }}
              aria-label={c.name}
              aria-pressed={c.hex === current}
              title={c.name}
              tabIndex={i === startIndex ? 0 : -1}
              data-autofocus={i === startIndex ? '' : undefined}
              onClick={() => {
                onPick(c.hex)
                onClose()
              }}
            />
          ))}
        </div>
        <label className="color-popover__custom">
          <CustomColorInput value={current} onCommit={onPick} />
          Custom colour…
        </label>
      </div>
    </Popover>
  )
}

/** The native picker fires `input` while dragging; only the final `change` is saved (one undo step). */
function CustomColorInput({ value, onCommit }: { value: string; onCommit(color: string): void }) {
  const ref = useRef<HTMLInputElement>(null)
  const [draft, setDraft] = useState(/^#[0-9a-f]{6}$/.test(value) ? value : '#888888')
  const commit = useRef(onCommit)
  commit.current = onCommit
  useEffect(() => {
    const el = ref.current
    const onChange = () => el && commit.current(el.value)
    el?.addEventListener('change', onChange)
    return () => el?.removeEventListener('change', onChange)
  }, [])
  return <input ref={ref} type="color" value={draft} onChange={(e) => setDraft(e.target.value)} />
}
