interface DialogActionsProps {
  onCancel(): void
  /** The action button's label. */
  action: string
  onAction?(): void
  /** Danger for what deletes or removes. */
  tone?: 'primary' | 'danger'
  disabled?: boolean
  /** The id of the form the action submits (the action is then its submit button). */
  form?: string
}

/** A dialog's footer: Cancel, then its one action. */
export function DialogActions({
  onCancel,
  action,
  onAction,
  tone = 'primary',
  disabled,
  form
}: DialogActionsProps) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button
        type={form ? 'submit' : 'button'}
        form={form}
        className={`button button--${tone}`}
        disabled={disabled}
        onClick={onAction}
      >
        {action}
      </button>
    </>
  )
}
