import type { Stats } from '../../../../shared/api'
import type { Theme } from '../../../../shared/domain'
import { Dialog } from '../../app/ui/dialog'
import { plural } from './plural'
import { DialogActions } from '../../app/ui/dialog-actions'

interface DeleteThemeDialogProps {
  theme: Theme
  themes: readonly Theme[]
  stats: Stats | undefined
  onDelete(): void
  onClose(): void
}

/** Confirms deleting a theme, saying what it is on and where its sub-themes go. */
export function DeleteThemeDialog({ theme, themes, stats, onDelete, onClose }: DeleteThemeDialogProps) {
  const counts = stats?.themes[theme.id]
  const children = themes.filter((t) => t.parentId === theme.id).length
  const parent = theme.parentId ? themes.find((t) => t.id === theme.parentId) : undefined
  return (
    <Dialog
      title={`Delete theme “${theme.name}”?`}
      onClose={onClose}
      initialFocus=".button--danger"
      footer={<DialogActions onCancel={onClose} action="Delete theme" onAction={onDelete} tone="danger" />}
    >
      <p>
        It will be removed from {plural(counts?.statements ?? 0, 'statement')} and{' '}
        {plural(counts?.annotations ?? 0, 'highlight')}. The statements and highlights themselves stay.
      </p>
      {children > 0 && (
        <p>
          Its {plural(children, 'sub-theme')} will move{' '}
          {parent ? `under “${parent.name}”` : 'to the top level'}.
        </p>
      )}
      <p className="dialog-hint">You can undo this.</p>
    </Dialog>
  )
}
