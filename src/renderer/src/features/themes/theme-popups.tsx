import type { RefObject } from 'react'
import type { Stats } from '../../../../shared/api'
import type { Theme } from '../../../../shared/domain'
import { showClaims } from '../../app/app-state'
import { MenuItems } from '../../app/ui/menu'
import { Popover } from '../../app/ui/popover'
import { ColorPopover } from './color-popover'
import { DeleteThemeDialog } from './delete-theme-dialog'
import { MergeThemeDialog } from './merge-theme-dialog'
import { MovePopover } from './move-popover'
import { deleteTheme, mergeTheme, moveTheme, recolorTheme } from './theme-ops'

export interface ThemePopup {
  kind: 'menu' | 'color' | 'move' | 'merge' | 'delete'
  id: string
}

interface ThemePopupsProps {
  popup: ThemePopup
  theme: Theme
  themes: Theme[]
  stats: Stats | undefined
  anchor: RefObject<HTMLElement | null>
  onClose(): void
  onOpen(kind: ThemePopup['kind']): void
  onRename(): void
  onAddChild(): void
  /** After an action completes: focus returns to the theme row. */
  onDone(): void
  /** After the theme is deleted: focus moves to a neighbouring row. */
  onDeleted(): void
}

/** The theme actions menu and the popovers and dialogs it opens. */
export function ThemePopups(props: ThemePopupsProps) {
  const { popup, theme, themes, stats, anchor, onClose, onOpen, onDone } = props
  // A modal dialog makes the tree inert until it unmounts: return focus on the next frame.
  const finish = () => {
    onClose()
    requestAnimationFrame(onDone)
  }
  switch (popup.kind) {
    case 'menu':
      return (
        <Popover anchor={anchor} onClose={onClose} label={`Actions for “${theme.name}”`}>
          <MenuItems
            label={`Actions for “${theme.name}”`}
            onDone={() => {
              onClose()
              requestAnimationFrame(() => {
                if (document.activeElement === document.body) onDone()
              })
            }}
            items={[
              {
                label: 'Show tagged statements',
                hint: 'Enter',
                onSelect: () => showClaims({ themeId: theme.id })
              },
              { label: 'Rename', hint: 'F2', onSelect: props.onRename, separatorBefore: true },
              { label: 'Change colour…', onSelect: () => onOpen('color') },
              { label: 'Add sub-theme', onSelect: props.onAddChild },
              { label: 'Move to…', onSelect: () => onOpen('move') },
              { label: 'Merge into…', onSelect: () => onOpen('merge'), disabled: themes.length < 2 },
              {
                label: 'Delete…',
                hint: 'Del',
                danger: true,
                separatorBefore: true,
                onSelect: () => onOpen('delete')
              }
            ]}
          />
        </Popover>
      )
    case 'color':
      return (
        <ColorPopover
          anchor={anchor}
          themeName={theme.name}
          color={theme.color}
          onPick={(c) => void recolorTheme(theme, c)}
          onClose={onClose}
        />
      )
    case 'move':
      return (
        <MovePopover
          anchor={anchor}
          theme={theme}
          themes={themes}
          onMove={(parentId, parentName) => void moveTheme(theme, parentId, parentName)}
          onClose={onClose}
        />
      )
    case 'merge':
      return (
        <MergeThemeDialog
          theme={theme}
          themes={themes}
          stats={stats}
          onClose={finish}
          onMerge={async (into) => {
            onClose()
            if (await mergeTheme(theme, into)) document.getElementById(`theme-row-${into.id}`)?.focus()
          }}
        />
      )
    case 'delete':
      return (
        <DeleteThemeDialog
          theme={theme}
          themes={themes}
          stats={stats}
          onClose={finish}
          onDelete={async () => {
            onClose()
            if (await deleteTheme(theme)) props.onDeleted()
            else onDone()
          }}
        />
      )
  }
}
