import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { hasExactMatch, rankOptions, type ComboOption } from './rank-options'
import './combobox.css'

interface ComboboxProps {
  /** Accessible name of the input. */
  label: string
  placeholder?: string
  options: ComboOption[]
  onPick(option: ComboOption): void
  /** When given, Enter on text matching no option offers to create it. */
  onCreate?(text: string): void
  createLabel?(text: string): string
  /** Escape on an empty input, or blur, when the caller wants to close the combobox. */
  onCancel?(): void
  autoFocus?: boolean
  initialValue?: string
  /** Keep the typed text after a pick (for a single-value field); cleared by default. */
  keepValue?: boolean
  /** Escape, or leaving the field, puts back `initialValue` when the typed text was not picked (a stored value). */
  restoreOnEscape?: boolean
  className?: string
}

const CREATE_ID = '__create__'

/** An ARIA 1.2 editable combobox with list autocomplete: type to filter, arrows to move, Enter to pick. */
export function Combobox(props: ComboboxProps) {
  const { label, placeholder, options, onPick, onCreate, createLabel, onCancel, autoFocus, initialValue } =
    props
  const [text, setText] = useState(initialValue ?? '')
  const [open, setOpen] = useState(Boolean(autoFocus))
  const [active, setActive] = useState(0)
  /** Until the user types, a prefilled value (the current speaker) does not filter the list. */
  const [dirty, setDirty] = useState(false)
  const listId = useId()
  const query = dirty ? text : ''
  /** Enter only picks once the user has typed or moved through the list. */
  const [navigated, setNavigated] = useState(false)

  const items = useMemo(() => {
    const ranked: ComboOption[] = rankOptions(options, query, 40)
    if (onCreate && query.trim() && !hasExactMatch(options, query)) {
      ranked.push({
        id: CREATE_ID,
        label: createLabel ? createLabel(query.trim()) : `Create “${query.trim()}”`
      })
    }
    return ranked
  }, [options, query, onCreate, createLabel])

  const activeIndex = dirty || navigated ? Math.min(active, items.length - 1) : -1
  const activeItem = activeIndex >= 0 ? items[activeIndex] : undefined

  const choose = (item: ComboOption | undefined) => {
    if (!item) return
    if (item.id === CREATE_ID) onCreate?.(text.trim())
    else onPick(item)
    if (!props.keepValue) setText('')
    else if (item.id !== CREATE_ID) setText(item.label)
    setDirty(false)
    setNavigated(false)
    setActive(0)
    setOpen(false)
  }

  const restore = () => {
    setText(initialValue ?? '')
    setDirty(false)
    setNavigated(false)
    setOpen(false)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      setOpen(true)
      setNavigated(true)
      setActive((i) => (dirty || navigated ? Math.min(i + 1, items.length - 1) : 0))
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      setNavigated(true)
      setActive((i) => Math.max(i - 1, 0))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      if (dirty || navigated) choose(activeItem)
    } else if (e.key === 'Escape') {
      e.stopPropagation()
      if (props.restoreOnEscape && text !== (initialValue ?? '')) {
        restore()
      } else if (open && text) {
        setOpen(false)
      } else onCancel?.()
    }
  }

  const optionId = (i: number) => `${listId}-o${i}`
  const showList = open && items.length > 0

  return (
    <div className={`combobox ${props.className ?? ''}`}>
      <input
        className="input combobox__input"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && activeItem ? optionId(activeIndex) : undefined}
        placeholder={placeholder}
        value={text}
        autoFocus={autoFocus}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value)
          setDirty(true)
          setOpen(true)
          setActive(0)
        }}
        onFocus={(e) => {
          setOpen(true)
          if (props.keepValue) e.target.select()
        }}
        onBlur={() => (props.restoreOnEscape ? restore() : setOpen(false))}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!showList}>
        {items.map((item, i) => (
          <li
            key={item.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className={`combobox__option${item.id === CREATE_ID ? ' combobox__option--create' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(item)}
          >
            {item.color && <span className="swatch" style={{ ['--swatch' as string]: item.color }} />}
            <span className="combobox__label">{item.label}</span>
            {item.hint && <span className="combobox__hint">{item.hint}</span>}
          </li>
        ))}
      </ul>
    </div>
  )
}
