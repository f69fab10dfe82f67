import type { StatementDetail } from '../../../../shared/api'
import { readQuery } from '../../api/query-client'
import { openStatement, showClaims } from '../../app/app-state'
import { notify } from '../../app/toast'

const detail = (id: string): Promise<StatementDetail | null> =>
  readQuery('statements.get', { id }).catch(() => null)

const speakerNames = (): Promise<Map<string, string>> =>
  readQuery('speakers.list', {}).then(
    (list) => new Map(list.map((s) => [s.id, s.name])),
    () => new Map<string, string>()
  )

/** Opens whatever a chip points at: a statement in the reader, or a theme's statements in the claims table. */
export async function openChip(chip: HTMLElement): Promise<void> {
  const themeId = chip.getAttribute('data-theme-ref')
  if (themeId) {
    showClaims({ themeId })
    return
  }
  const id = chip.getAttribute('data-statement-ref')
  if (!id) return
  const d = await detail(id)
  if (d) openStatement(id, d.statement.documentId)
  else notify('That statement no longer exists in the workspace.', 'error')
}

/**
 * Hover (or keyboard selection) of a statement chip shows its quote, speaker and source in a small popover,
 * fetched lazily; click opens it. Delegated on the editor's root, so chips need no node views.
 */
export function attachChipInteractions(root: HTMLElement, popover: HTMLElement): () => void {
  let showTimer: ReturnType<typeof setTimeout> | null = null
  let current: HTMLElement | null = null

  const hide = (): void => {
    if (showTimer) clearTimeout(showTimer)
    showTimer = null
    current = null
    popover.hidden = true
  }

  const show = async (chip: HTMLElement): Promise<void> => {
    const id = chip.getAttribute('data-statement-ref')
    if (!id) return
    current = chip
    const [d, names] = await Promise.all([detail(id), speakerNames()])
    if (current !== chip) return
    const quote = popover.querySelector('.ref-popover__quote')
    const meta = popover.querySelector('.ref-popover__meta')
    if (!quote || !meta) return
    if (!d) {
      quote.textContent = 'This statement no longer exists.'
      meta.textContent = ''
    } else {
      const s = d.statement
      quote.textContent = `“${s.text}”`
      const speaker = s.speakerId ? (names.get(s.speakerId) ?? 'Unknown speaker') : 'No speaker'
      meta.textContent = `${speaker} · ${s.documentTitle}${s.publishedAt ? ` · ${s.publishedAt.slice(0, 10)}` : ''}`
    }
    // Measured once shown: a hidden element has no offsetParent. Positions are in the scrolling host's content.
    popover.style.left = '0px'
    popover.hidden = false
    const box = chip.getBoundingClientRect()
    const host = popover.offsetParent ?? document.body
    const hostBox = host.getBoundingClientRect()
    const maxLeft = host.clientWidth - popover.offsetWidth - 8
    popover.style.left = `${Math.max(0, Math.min(box.left - hostBox.left + host.scrollLeft, maxLeft))}px`
    popover.style.top = `${box.bottom - hostBox.top + host.scrollTop + 6}px`
    chip.setAttribute('aria-describedby', popover.id)
  }

  const chipOf = (t: EventTarget | null): HTMLElement | null =>
    t instanceof Element ? (t.closest('[data-statement-ref], [data-theme-ref]') as HTMLElement | null) : null

  const onOver = (e: MouseEvent): void => {
    const chip = chipOf(e.target)
    if (!chip || chip === current || !chip.hasAttribute('data-statement-ref')) return
    if (showTimer) clearTimeout(showTimer)
    showTimer = setTimeout(() => void show(chip), 200)
  }
  const onOut = (e: MouseEvent): void => {
    if (chipOf(e.target) && !chipOf(e.relatedTarget)) hide()
  }
  const onClick = (e: MouseEvent): void => {
    const chip = chipOf(e.target)
    if (!chip || e.button !== 0 || e.shiftKey || e.altKey) return
    e.preventDefault()
    hide()
    void openChip(chip)
  }

  root.addEventListener('mouseover', onOver)
  root.addEventListener('mouseout', onOut)
  root.addEventListener('click', onClick)
  return () => {
    hide()
    root.removeEventListener('mouseover', onOver)
    root.removeEventListener('mouseout', onOut)
    root.removeEventListener('click', onClick)
  }
}
