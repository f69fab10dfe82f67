import { useEffect, useRef, useState } from 'react'

interface ThemeNameInputProps {
  label: string
  initial?: string
  placeholder?: string
  onCommit(name: string): void
  onCancel(): void
}

/** Inline name editor for creating or renaming a theme: Enter saves, Escape cancels, leaving the field saves. */
export function ThemeNameInput({
  label,
  initial = '',
  placeholder,
  onCommit,
  onCancel
}: ThemeNameInputProps) {
  const [value, setValue] = useState(initial)
  const ref = useRef<HTMLInputElement>(null)
  const done = useRef(false)

  useEffect(() => {
    ref.current?.focus()
    ref.current?.select()
  }, [])

  const finish = (commit: boolean) => {
    if (done.current) return
    done.current = true
    if (commit && value.trim() && value.trim() !== initial) onCommit(value.trim())
    else onCancel()
  }

  return (
    <input
      ref={ref}
      className="input theme-name-input"
      aria-label={label}
      placeholder={placeholder}
      value={value}
      maxLength={200}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation()
        if (e.key === 'Enter') finish(true)
        else if (e.key === 'Escape') finish(false)
      }}
      onBlur={() => finish(true)}
    />
  )
}
