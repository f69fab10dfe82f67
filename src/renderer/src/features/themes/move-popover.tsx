import { useMemo, type RefObject } from 'react'
import type { Theme } from '../../../../shared/domain'
import { Combobox } from '../../app/ui/combobox'
import { Popover } from '../../app/ui/popover'
import { canMoveUnder, themePath } from './theme-tree'

const TOP = '__top__'

interface MovePopoverProps {
  anchor: RefObject<HTMLElement | null>
  theme: Theme
  themes: readonly Theme[]
  onMove(parentId: string | null, parentName: string | null): void
  onClose(): void
}

/** "Move to…": pick a new parent (or the top level) by typing; themes below this one are not offered. */
export function MovePopover({ anchor, theme, themes, onMove, onClose }: MovePopoverProps) {
  const options = useMemo(() => {
    const parents = themes
      .filter((t) => t.id !== theme.parentId && canMoveUnder(themes, theme.id, t.id))
      .map((t) => ({
        id: t.id,
        label: t.name,
        color: t.color,
        hint: t.parentId ? themePath(themes, t.parentId) : undefined
      }))
    return theme.parentId ? [{ id: TOP, label: 'Top level' }, ...parents] : parents
  }, [theme, themes])

  return (
    <Popover anchor={anchor} onClose={onClose} label={`Move “${theme.name}”`} className="move-popover">
      <div className="menu move-popover__panel">
        <p className="popover-title">Move “{theme.name}” under…</p>
        <Combobox
          label="New parent theme"
          placeholder="Type a theme name"
          options={options}
          autoFocus
          onCancel={onClose}
          onPick={(o) => {
            onClose()
            if (o.id === TOP) onMove(null, null)
            else onMove(o.id, o.label)
          }}
        />
      </div>
    </Popover>
  )
}
