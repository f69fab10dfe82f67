import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { AnnotationRow } from '../../../../shared/api'
import type { Theme } from '../../../../shared/domain'
import { appStore, openAnnotation, useAppState } from '../../app/app-state'
import { HighlightItem } from './highlight-item'

/** Fixed, for the virtualiser: two lines of quote, a line of note and the line of themes, speaker and document. */
const ROW_HEIGHT = 96
const OVERSCAN = 4

interface Props {
  rows: AnnotationRow[]
  themes: Map<string, Theme>
  /** Resets the active row and scroll position when the filter changes. */
  queryKey: string
}

/** The highlights as a virtualised listbox: click or arrows select (the inspector shows it), Enter or a double-click opens the reader at the span. */
export function HighlightsList({ rows, themes, queryKey }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const selectedId = useAppState((s) => (s.selection?.kind === 'annotation' ? s.selection.id : null))
  const [active, setActive] = useState<number | null>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN
  })

  useEffect(() => {
    setActive(null)
    scrollRef.current?.scrollTo({ top: 0 })
  }, [queryKey])

  // The highlight selected elsewhere (or when coming back) is the current row.
  const selectedIndex = selectedId ? rows.findIndex((r) => r.id === selectedId) : -1
  const activeIndex =
    active !== null && active < rows.length ? active : selectedIndex >= 0 ? selectedIndex : null

  const rowsRef = useRef(rows)
  rowsRef.current = rows
  const choose = useCallback((index: number) => {
    setActive(index)
    const row = rowsRef.current[index]
    if (row) appStore.setState({ selection: { kind: 'annotation', id: row.id }, documentId: row.documentId })
  }, [])
  const open = useCallback((index: number) => {
    const row = rowsRef.current[index]
    if (row) openAnnotation(row.id, row.documentId)
  }, [])

  const move = (to: number): void => {
    const i = Math.max(0, Math.min(rows.length - 1, to))
    choose(i)
    virtualizer.scrollToIndex(i, { align: 'auto' })
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (rows.length === 0 || e.altKey || e.metaKey || e.ctrlKey) return
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1)
    const from = activeIndex ?? -1
    switch (e.key) {
      case 'ArrowDown':
      case 'j':
        move(from + 1)
        break
      case 'ArrowUp':
      case 'k':
        move(activeIndex === null ? 0 : from - 1)
        break
      case 'PageDown':
        move(from + page)
        break
      case 'PageUp':
        move(from - page)
        break
      case 'Home':
        move(0)
        break
      case 'End':
        move(rows.length - 1)
        break
      case 'Enter':
        if (activeIndex === null) return
        open(activeIndex)
        break
      default:
        return
    }
    e.preventDefault()
  }

  const items = virtualizer.getVirtualItems()
  const itemId = (i: number): string => `highlight-${i}`
  return (
    <div
      ref={scrollRef}
      className="highlights-list"
      role="listbox"
      aria-label="Highlights"
      tabIndex={0}
      aria-activedescendant={
        activeIndex !== null && items.some((v) => v.index === activeIndex) ? itemId(activeIndex) : undefined
      }
      onKeyDown={onKeyDown}
    >
      <div className="highlights-list__body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v, slot) => (
          <HighlightItem
            key={slot}
            id={itemId(v.index)}
            row={rows[v.index]!}
            index={v.index}
            count={rows.length}
            active={v.index === activeIndex}
            top={v.start}
            height={ROW_HEIGHT}
            themes={themes}
            onSelect={choose}
            onOpen={open}
          />
        ))}
      </div>
    </div>
  )
}
