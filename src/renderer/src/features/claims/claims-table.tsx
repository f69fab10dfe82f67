import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { openStatement, select, useAppState } from '../../app/app-state'
import { ariaSort, COLUMNS, nextSort, type SortState } from './claims-columns'
import { ClaimsRow, type Lookups } from './claims-row'
import { useSettledFetch } from './use-settled-fetch'
import type { StatementPages } from './use-statement-pages'

/** Fixed, for the virtualiser: room for two lines of statement text. */
const ROW_HEIGHT = 52
const HEAD_HEIGHT = 32
/** Rows rendered beyond each edge of the view: every one of them is re-rendered on each frame of a fast scroll. */
const OVERSCAN = 3

interface Props {
  pages: StatementPages
  total: number
  sort: SortState
  onSort(sort: SortState): void
  lookups: Lookups
  /** Resets the active row and scroll position when the query changes. */
  queryKey: string
}

/**
 * The statements grid: virtualised rows, sortable headers; a click or arrow key selects a row (the inspector shows it),
 * Enter or a double-click opens it in the reader.
 */
export function ClaimsTable({ pages, total, sort, onSort, lookups, queryKey }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  /** The row moved to with the keys or clicked; none until then, so no row looks current on arrival. */
  const [active, setActive] = useState<number | null>(null)
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  const { ensure } = pages

  useSettledFetch(ensure, first, last, total, pages.version)

  useEffect(() => {
    setActive(null)
    scrollRef.current?.scrollTo({ top: 0 })
  }, [queryKey])

  // Until a row is clicked or moved to, the selected statement (coming back to the table, say) is the current row.
  const selectedId = useAppState((s) => (s.selection?.kind === 'statement' ? s.selection.id : null))
  const selectedIndex = selectedId
    ? items.find((v) => pages.row(v.index)?.id === selectedId)?.index
    : undefined
  const activeIndex = active === null ? (selectedIndex ?? null) : Math.min(active, Math.max(0, total - 1))
  const rowId = (i: number): string => `claims-row-${i}`

  const rowAt = useRef(pages.row)
  rowAt.current = pages.row
  const open = useCallback((index: number) => {
    setActive(index)
    const row = rowAt.current(index)
    if (row) openStatement(row.id, row.documentId)
  }, [])

  /** A click or an arrow key: the row becomes current and shows in the inspector; the view stays. */
  const choose = useCallback((index: number) => {
    setActive(index)
    const row = rowAt.current(index)
    if (row) select({ kind: 'statement', id: row.id })
  }, [])

  const move = (to: number): void => {
    const i = Math.max(0, Math.min(total - 1, to))
    choose(i)
    virtualizer.scrollToIndex(i, { align: 'auto' })
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.target !== e.currentTarget || total === 0 || e.altKey || e.metaKey || e.ctrlKey) return
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1)
    // The first move from no active row lands on the first row in view.
    const top = Math.min(total - 1, Math.ceil((scrollRef.current?.scrollTop ?? 0) / ROW_HEIGHT))
    const from = activeIndex ?? top - 1
    switch (e.key) {
      case 'ArrowDown':
        move(from + 1)
        break
      case 'ArrowUp':
        move(activeIndex === null ? top : from - 1)
        break
      case 'PageDown':
        move(from + page)
        break
      case 'PageUp':
        move(activeIndex === null ? top : from - page)
        break
      case 'Home':
        move(0)
        break
      case 'End':
        move(total - 1)
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

  return (
    <div
      ref={scrollRef}
      className="claims-grid"
      role="grid"
      aria-label="Statements"
      aria-rowcount={total + 1}
      aria-colcount={COLUMNS.length}
      aria-readonly="true"
      tabIndex={0}
      aria-activedescendant={
        activeIndex !== null && items.some((v) => v.index === activeIndex) ? rowId(activeIndex) : undefined
      }
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="claims-head" style={{ height: HEAD_HEIGHT }}>
        <div role="row" aria-rowindex={1} className="claims-row claims-row--head">
          {COLUMNS.map((col, i) => (
            <div
              key={col.id}
              role="columnheader"
              aria-colindex={i + 1}
              aria-sort={ariaSort(sort, col)}
              className={`claims-cell${col.numeric ? ' claims-cell--num' : ''}`}
            >
              {col.sort ? (
                <button
                  type="button"
                  className="claims-sort"
                  onClick={() => onSort(nextSort(sort, col.sort!))}
                >
                  {col.label}
                  <span aria-hidden="true" className="claims-sort__arrow">
                    {sort.key === col.sort ? (sort.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              ) : (
                <span className="claims-sort claims-sort--static" title={col.short ? col.label : undefined}>
                  {col.short ? (
                    <>
                      <span aria-hidden="true">{col.short}</span>
                      <span className="visually-hidden">{col.label}</span>
                    </>
                  ) : (
                    col.label
                  )}
                </span>
              )}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="claims-body" style={{ height: virtualizer.getTotalSize() }}>
        {/* Keyed by slot, not by row: scrolling reuses the row elements instead of replacing them. */}
        {items.map((v, slot) => (
          <ClaimsRow
            key={slot}
            id={rowId(v.index)}
            index={v.index}
            row={pages.row(v.index)}
            active={v.index === activeIndex}
            top={v.start - HEAD_HEIGHT}
            height={ROW_HEIGHT}
            lookups={lookups}
            onSelect={choose}
            onOpen={open}
          />
        ))}
      </div>
    </div>
  )
}
