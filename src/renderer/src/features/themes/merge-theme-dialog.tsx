import { useMemo, useState } from 'react'
import type { Stats } from '../../../../shared/api'
import type { Theme } from '../../../../shared/domain'
import { Dialog } from '../../app/ui/dialog'
import { Combobox } from '../../app/ui/combobox'
import { themePath } from './theme-tree'
import { plural } from './plural'
import { DialogActions } from '../../app/ui/dialog-actions'

interface MergeThemeDialogProps {
  theme: Theme
  themes: readonly Theme[]
  stats: Stats | undefined
  onMerge(into: Theme): void
  onClose(): void
}

/** Merge: choose the theme that absorbs this one, then confirm knowing how many statements and highlights move. */
export function MergeThemeDialog({ theme, themes, stats, onMerge, onClose }: MergeThemeDialogProps) {
  const [target, setTarget] = useState<Theme | null>(null)
  const options = useMemo(
    () =>
      themes
        .filter((t) => t.id !== theme.id)
        .map((t) => ({
          id: t.id,
          label: t.name,
          color: t.color,
          hint: t.parentId ? themePath(themes, t.parentId) : undefined
        })),
    [theme, themes]
  )
  const counts = stats?.themes[theme.id]
  const statements = counts?.statements ?? 0
  const annotations = counts?.annotations ?? 0
  const children = themes.filter((t) => t.parentId === theme.id && t.id !== target?.id).length

  return (
    <Dialog
      title={`Merge “${theme.name}” into…`}
      onClose={onClose}
      footer={
        <DialogActions
          onCancel={onClose}
          action={target ? `Merge into “${target.name}”` : 'Merge'}
          onAction={() => target && onMerge(target)}
          disabled={!target}
        />
      }
    >
      <label className="field">
        Theme that absorbs “{theme.name}”
        <Combobox
          label="Target theme"
          placeholder="Type a theme name"
          options={options}
          autoFocus
          keepValue
          onPick={(o) => setTarget(themes.find((t) => t.id === o.id) ?? null)}
        />
      </label>
      <p className="dialog-summary" aria-live="polite">
        {target ? (
          <>
            {plural(statements, 'statement')} and {plural(annotations, 'highlight')} tagged “{theme.name}”
            will be tagged “{target.name}” instead
            {children > 0 && (
              <>
                , its {plural(children, 'sub-theme')} will move under “{target.name}”
              </>
            )}
            , and “{theme.name}” will be removed. You can undo this.
          </>
        ) : (
          <>
            “{theme.name}” is on {plural(statements, 'statement')} and {plural(annotations, 'highlight')}.
          </>
        )}
      </p>
    </Dialog>
  )
}
