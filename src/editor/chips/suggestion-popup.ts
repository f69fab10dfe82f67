import type { SuggestionKeyDownProps, SuggestionOptions, SuggestionProps } from '@tiptap/suggestion'

export interface SuggestionItem {
  id: string
  label: string
  /** The line shown in the list (defaults to label). */
  text?: string
  detail?: string
  color?: string
}

let nextId = 0

/**
 * The popup list of a suggestion trigger, in plain DOM (text only, never HTML) so typing does not go through
 * React. Up/Down move, Enter or Tab pick; Escape is handled by the suggestion plugin.
 */
export class SuggestionPopup {
  readonly el: HTMLDivElement
  private readonly list: HTMLDivElement
  private readonly live: HTMLDivElement
  private items: SuggestionItem[] = []
  private active = 0
  private props: SuggestionProps<SuggestionItem> | null = null
  private unmount: (() => void) | null = null
  private host: { el: HTMLElement; role: string | null; multiline: string | null } | null = null

  constructor(private readonly noun: string) {
    this.el = document.createElement('div')
    this.el.className = 'ref-suggest'
    this.list = document.createElement('div')
    this.list.id = `ref-suggest-${++nextId}`
    this.list.setAttribute('role', 'listbox')
    this.list.setAttribute('aria-label', `Matching ${noun}`)
    this.live = document.createElement('div')
    this.live.className = 'ref-suggest__status'
    this.live.setAttribute('role', 'status')
    this.el.append(this.list, this.live)
    this.el.addEventListener('mousedown', (e) => e.preventDefault())
  }

  start(props: SuggestionProps<SuggestionItem>): void {
    this.own(props.editor.view.dom)
    this.update(props)
    this.unmount = props.mount(this.el)
  }

  /**
   * While the list is open the text acts as an editable combobox that controls it (ARIA 1.2), so assistive
   * technology follows the active option while focus stays in the text; `destroy` makes it a textbox again.
   */
  private own(el: HTMLElement): void {
    this.host = { el, role: el.getAttribute('role'), multiline: el.getAttribute('aria-multiline') }
    el.setAttribute('role', 'combobox')
    el.removeAttribute('aria-multiline')
    el.setAttribute('aria-expanded', 'true')
    el.setAttribute('aria-autocomplete', 'list')
    el.setAttribute('aria-controls', this.list.id)
  }

  private release(): void {
    if (!this.host) return
    const { el, role, multiline } = this.host
    this.host = null
    for (const a of ['aria-expanded', 'aria-autocomplete', 'aria-controls', 'aria-activedescendant'])
      el.removeAttribute(a)
    if (role === null) el.removeAttribute('role')
    else el.setAttribute('role', role)
    if (multiline !== null) el.setAttribute('aria-multiline', multiline)
  }

  update(props: SuggestionProps<SuggestionItem>): void {
    const changed = props.items !== this.items
    this.props = props
    if (changed) {
      this.items = props.items
      this.active = 0
    }
    this.render()
  }

  onKeyDown({ event }: SuggestionKeyDownProps): boolean {
    const n = this.items.length
    if (n === 0) return false
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      this.active = (this.active + (event.key === 'ArrowDown' ? 1 : n - 1)) % n
      this.render()
      return true
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      this.pick(this.active)
      return true
    }
    return false
  }

  destroy(): void {
    this.release()
    this.unmount?.()
    this.unmount = null
    this.el.remove()
  }

  private pick(index: number): void {
    const item = this.items[index]
    if (item && this.props) this.props.command(item)
  }

  private render(): void {
    const { loading = false, query = '' } = this.props ?? {}
    const n = this.items.length
    // An open query with spaces and nothing found: get out of the way so typing reads naturally.
    this.el.hidden = n === 0 && !loading && /\s/.test(query)
    this.list.replaceChildren(
      ...this.items.map((item, i) => {
        const opt = document.createElement('div')
        opt.id = `${this.list.id}-${i}`
        opt.className = 'ref-suggest__option'
        opt.setAttribute('role', 'option')
        opt.setAttribute('aria-selected', String(i === this.active))
        if (item.color) {
          const sw = document.createElement('span')
          sw.className = 'swatch'
          sw.style.setProperty('--swatch', item.color)
          opt.append(sw)
        }
        const text = document.createElement('span')
        text.className = 'ref-suggest__text'
        text.textContent = item.text ?? item.label
        opt.append(text)
        if (item.detail) {
          const detail = document.createElement('span')
          detail.className = 'ref-suggest__detail'
          detail.textContent = item.detail
          opt.append(detail)
        }
        opt.addEventListener('click', () => this.pick(i))
        return opt
      })
    )
    this.list.hidden = n === 0
    this.host?.el.setAttribute('aria-expanded', String(n > 0 && !this.el.hidden))
    if (n > 0) this.host?.el.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`)
    else this.host?.el.removeAttribute('aria-activedescendant')
    this.live.textContent =
      n > 0
        ? `${n} ${this.noun}. Arrow keys to choose, Enter to insert.`
        : loading
          ? 'Searching…'
          : query
            ? `No ${this.noun} match “${query}”.`
            : `Type to search ${this.noun}.`
    this.live.classList.toggle('visually-hidden', n > 0)
    this.list.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' })
  }
}

/** How a suggestion list is drawn: the `render` option of TipTap's suggestion plugin. */
export type SuggestionRender = NonNullable<SuggestionOptions<SuggestionItem, SuggestionItem>['render']>

/** The `render` option of a suggestion: one popup per activation. */
export function popupRenderer(noun: string): SuggestionRender {
  return () => {
    let popup: SuggestionPopup | null = null
    return {
      onStart: (props: SuggestionProps<SuggestionItem>) => {
        popup = new SuggestionPopup(noun)
        popup.start(props)
      },
      onUpdate: (props: SuggestionProps<SuggestionItem>) => popup?.update(props),
      onKeyDown: (props: SuggestionKeyDownProps) => popup?.onKeyDown(props) ?? false,
      onExit: () => {
        popup?.destroy()
        popup = null
      }
    }
  }
}
