import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

/** What the hover card of a statement chip says: the quote, then who said it where. */
export interface StatementCard {
  quote: string
  meta: string
}

export type DescribeStatement = (id: string) => Promise<StatementCard>

const SHOW_DELAY_MS = 200
let nextId = 0

const chipOf = (t: EventTarget | null): HTMLElement | null =>
  t instanceof Element ? t.closest<HTMLElement>('[data-statement-ref]') : null

/**
 * The card shown while the pointer rests on a statement chip, fetched lazily through `describe`. It sits next to the
 * editor's DOM and is placed in its offset parent's content, so it scrolls with the chip; chips need no node views.
 */
class HoverCard {
  private readonly el: HTMLDivElement
  private readonly quote: HTMLParagraphElement
  private readonly meta: HTMLParagraphElement
  private showTimer: ReturnType<typeof setTimeout> | null = null
  private current: HTMLElement | null = null

  constructor(
    private readonly view: EditorView,
    private readonly describe: DescribeStatement
  ) {
    this.el = document.createElement('div')
    this.el.id = `ref-popover-${++nextId}`
    this.el.className = 'ref-popover'
    this.el.setAttribute('role', 'tooltip')
    this.el.hidden = true
    this.quote = document.createElement('p')
    this.quote.className = 'ref-popover__quote'
    this.meta = document.createElement('p')
    this.meta.className = 'ref-popover__meta'
    this.el.append(this.quote, this.meta)
  }

  over(event: MouseEvent): void {
    const chip = chipOf(event.target)
    if (!chip || chip === this.current) return
    if (this.showTimer) clearTimeout(this.showTimer)
    this.showTimer = setTimeout(() => void this.show(chip), SHOW_DELAY_MS)
  }

  out(event: MouseEvent): void {
    if (chipOf(event.target) && !chipOf(event.relatedTarget)) this.hide()
  }

  hide(): void {
    if (this.showTimer) clearTimeout(this.showTimer)
    this.showTimer = null
    this.current = null
    this.el.hidden = true
  }

  destroy(): void {
    this.hide()
    this.el.remove()
  }

  private async show(chip: HTMLElement): Promise<void> {
    const id = chip.getAttribute('data-statement-ref')
    if (!id) return
    this.current = chip
    const card = await this.describe(id).catch(() => null)
    if (!card || this.current !== chip || !chip.isConnected) return
    this.quote.textContent = card.quote
    this.meta.textContent = card.meta
    const host = this.view.dom.parentElement
    if (host && this.el.parentElement !== host) host.append(this.el)
    this.place(chip)
    chip.setAttribute('aria-describedby', this.el.id)
  }

  /** Measured once shown: a hidden element has no offsetParent. Positions are in the scrolling host's content. */
  private place(chip: HTMLElement): void {
    const popover = this.el
    popover.style.left = '0px'
    popover.hidden = false
    const box = chip.getBoundingClientRect()
    const host = popover.offsetParent ?? document.body
    const hostBox = host.getBoundingClientRect()
    const maxLeft = host.clientWidth - popover.offsetWidth - 8
    popover.style.left = `${Math.max(0, Math.min(box.left - hostBox.left + host.scrollLeft, maxLeft))}px`
    popover.style.top = `${box.bottom - hostBox.top + host.scrollTop + 6}px`
  }
}

/** Hovering a statement chip shows its quote, speaker and source in a small card; pressing a button hides it. */
export function statementHoverCard(describe: DescribeStatement): Plugin {
  let card: HoverCard | null = null
  return new Plugin({
    key: new PluginKey('statementHoverCard'),
    view(view) {
      card = new HoverCard(view, describe)
      return {
        destroy: () => {
          card?.destroy()
          card = null
        }
      }
    },
    props: {
      handleDOMEvents: {
        mouseover: (_view, event) => (card?.over(event), false),
        mouseout: (_view, event) => (card?.out(event), false),
        mousedown: () => (card?.hide(), false)
      }
    }
  })
}
