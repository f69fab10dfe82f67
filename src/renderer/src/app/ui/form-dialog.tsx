import { useId, type FormEvent, type ReactNode } from 'react'
import { Dialog } from './dialog'
import { DialogActions } from './dialog-actions'

interface FormDialogProps {
  title: string
  /** The submit button's label. */
  submit: string
  onSubmit(e: FormEvent): void
  /** Any edit in the form (to clear a shown error). */
  onEdit(): void
  onClose(): void
  /** The error to show under the fields, announced as it appears. */
  error: string | null
  children: ReactNode
}

/** A dialog holding one form: its fields, an error line, and Cancel / submit buttons in the footer. */
export function FormDialog({ title, submit, onSubmit, onEdit, onClose, error, children }: FormDialogProps) {
  const formId = `${useId()}-form`
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={<DialogActions onCancel={onClose} action={submit} form={formId} />}
    >
      <form id={formId} className="edit-form" noValidate onChange={onEdit} onSubmit={onSubmit}>
        {children}
        {error && (
          <p className="edit-form__error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  )
}
