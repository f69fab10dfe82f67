/** Keys typed while a new note is on its way, and whether Enter (on to its text) came between them. */
interface Held {
  title: string
  submitted: boolean
  text: string
  stop(): void
}

let held: Held | null = null

/** How long typed keys are held at most (a note that never comes lets them go). */
const HOLD_MS = 5000

/**
 * Holds what is typed from now until `releaseTyping` (the new note's title has the keyboard): characters, Backspace
 * and Enter, which would otherwise be lost or taken for single-letter shortcuts while the note is being created.
 */
export function holdTyping(): void {
  held?.stop()
  const onKey = (e: KeyboardEvent): void => {
    const h = held
    if (!h || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return
    if (e.key === 'Enter' && !h.submitted) h.submitted = true
    else if (e.key === 'Backspace') {
      if (h.submitted) h.text = h.text.slice(0, -1)
      else h.title = h.title.slice(0, -1)
    } else if ([...e.key].length === 1) {
      if (h.submitted) h.text += e.key
      else h.title += e.key
    } else return
    e.preventDefault()
    e.stopImmediatePropagation()
  }
  const timer = setTimeout(() => dropTyping(), HOLD_MS)
  window.addEventListener('keydown', onKey, true)
  held = {
    title: '',
    submitted: false,
    text: '',
    stop: () => {
      clearTimeout(timer)
      window.removeEventListener('keydown', onKey, true)
    }
  }
}

/** Stops holding, forgetting what was held (the note could not be created). */
export function dropTyping(): void {
  held?.stop()
  held = null
}

/** Sets an input's value as typing would, so that React hears it (a controlled input keeps what it is told). */
function typeInto(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value)
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

/**
 * Types what was held into `title` (in place of "Untitled note"), then, if Enter was pressed, presses it there
 * once the title has taken the text, and types the rest wherever the keyboard went (the note's text).
 */
export function releaseTyping(title: HTMLInputElement): void {
  const h = held
  if (!h) return
  dropTyping()
  if (h.title) typeInto(title, h.title)
  if (!h.submitted) return
  setTimeout(() => {
    if (document.activeElement !== title) return
    title.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    if (h.text)
      requestAnimationFrame(() => {
        if (document.activeElement !== title) document.execCommand('insertText', false, h.text)
      })
  })
}
