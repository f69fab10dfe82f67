import type { DragEvent, KeyboardEvent, MouseEvent } from 'react'
import type { VisibleRow } from './theme-tree'
import { colorName } from './theme-colors'
import { formatCount } from '../../app/ui/format-count'
import { ThemeNameInput } from './theme-name-input'

export const themeRowDomId = (id: string) => `theme-row-${id}`

interface ThemeRowProps {
  row: VisibleRow
  count: number
  focused: boolean
  active: boolean
  renaming: boolean
  readOnly: boolean
  dropTarget: boolean
  onFocus(): void
  onActivate(): void
  onToggle(): void
  onRename(name: string | null): void
  onOpenMenu(el: HTMLElement): void
  onOpenColor(el: HTMLElement): void
  onStartRename(): void
  drag: {
    onDragStart(e: DragEvent): void
    onDragOver(e: DragEvent): void
    onDragLeave(): void
    onDrop(e: DragEvent): void
    onDragEnd(): void
  }
}

/** One theme in the codebook tree: twisty, colour swatch, name, count of tagged items, actions button. */
export function ThemeRow(props: ThemeRowProps) {
  const { row, count, focused, active, renaming, readOnly, dropTarget } = props
  const { theme, depth } = row.node
  const rowEl = (e: MouseEvent | KeyboardEvent) =>
    (e.currentTarget as HTMLElement).closest<HTMLElement>('[role="treeitem"]')!

  return (
    <div
      id={themeRowDomId(theme.id)}
      role="treeitem"
      aria-level={depth + 1}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={active}
      tabIndex={focused ? 0 : -1}
      className={`theme-row${active ? ' theme-row--active' : ''}${dropTarget ? ' theme-row--drop' : ''}`}
      style={{ ['--depth' as string]: depth, ['--swatch' as string]: theme.color }}
      draggable={!readOnly && !renaming}
      onFocus={(e) => e.target === e.currentTarget && props.onFocus()}
      onClick={(e) => {
        if (e.detail > 1) return
        props.onFocus()
        props.onActivate()
      }}
      onDoubleClick={() => !readOnly && props.onStartRename()}
      onContextMenu={(e) => {
        e.preventDefault()
        props.onFocus()
        props.onOpenMenu(rowEl(e))
      }}
      {...props.drag}
    >
      <span
        className="theme-row__twisty"
        aria-hidden="true"
        onClick={(e) => {
          e.stopPropagation()
          props.onToggle()
        }}
      >
        {row.hasChildren ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      <button
        type="button"
        tabIndex={-1}
        aria-hidden="true"
        className="theme-row__swatch"
        aria-label={`Colour ${colorName(theme.color)}${readOnly ? '' : ', change'}`}
        title={readOnly ? colorName(theme.color) : 'Change colour'}
        disabled={readOnly}
        onClick={(e) => {
          e.stopPropagation()
          props.onOpenColor(rowEl(e))
        }}
      >
        <span className="swatch" />
      </button>
      {renaming ? (
        <ThemeNameInput
          label={`Rename “${theme.name}”`}
          initial={theme.name}
          onCommit={(name) => props.onRename(name)}
          onCancel={() => props.onRename(null)}
        />
      ) : (
        <span
          id={`${themeRowDomId(theme.id)}-name`}
          className="theme-row__name"
          title={theme.description ? `${theme.name} — ${theme.description}` : theme.name}
        >
          {theme.name}
        </span>
      )}
      <span id={`${themeRowDomId(theme.id)}-count`} className="theme-row__count">
        {count > 0 ? formatCount(count) : ''}
        <span className="visually-hidden">{count > 0 ? ' tagged' : 'none tagged'}</span>
      </span>
      {!readOnly && (
        <button
          type="button"
          tabIndex={-1}
          aria-hidden="true"
          className="icon-button theme-row__more"
          aria-label={`Actions for “${theme.name}”`}
          aria-haspopup="menu"
          title="Actions (Shift+F10)"
          onClick={(e) => {
            e.stopPropagation()
            props.onFocus()
            props.onOpenMenu(rowEl(e))
          }}
        >
          ⋯
        </button>
      )}
    </div>
  )
}
