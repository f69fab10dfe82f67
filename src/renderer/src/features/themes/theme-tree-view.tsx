import { useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import type { Stats } from '../../../../shared/api'
import type { Theme } from '../../../../shared/domain'
import { showClaims, useAppState } from '../../app/app-state'
import { ThemeNameInput } from './theme-name-input'
import { ThemePopups, type ThemePopup } from './theme-popups'
import { ThemeRow, themeRowDomId } from './theme-row'
import { buildThemeTree, canMoveUnder, visibleRows } from './theme-tree'
import { createTheme, moveTheme, renameTheme } from './theme-ops'
import { useCollapsed } from './use-collapsed'
import './themes.css'

const DRAG_TYPE = 'application/x-dossier-theme'

interface ThemeTreeViewProps {
  themes: Theme[]
  stats: Stats | undefined
  readOnly: boolean
  /** Set by the section's "New theme" button: show a name field for a new top-level theme. */
  creatingTopLevel: boolean
  onCreatingTopLevelDone(): void
}

type Editing = { kind: 'rename'; id: string } | { kind: 'create'; parentId: string } | null

/** The codebook as an ARIA tree: arrows move and expand, Enter filters claims, F2 renames, Delete deletes. */
export function ThemeTreeView({
  themes,
  stats,
  readOnly,
  creatingTopLevel,
  onCreatingTopLevelDone
}: ThemeTreeViewProps) {
  const forest = useMemo(() => buildThemeTree(themes), [themes])
  const [collapsed, setCollapsed] = useCollapsed()
  const rows = useMemo(() => visibleRows(forest, collapsed), [forest, collapsed])
  const [focusId, setFocusId] = useState<string | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const [popup, setPopup] = useState<ThemePopup | null>(null)
  const [drag, setDrag] = useState<{ id: string; over: string | null } | null>(null)
  const anchor = useRef<HTMLElement | null>(null)
  const activeThemeId = useAppState((s) => (s.view === 'claims' ? s.filter.themeId : undefined))

  const tabStop = rows.some((r) => r.node.theme.id === focusId) ? focusId : (rows[0]?.node.theme.id ?? null)
  const byId = (id: string) => themes.find((t) => t.id === id)

  const focusRow = (id: string | undefined) => {
    if (!id) return
    setFocusId(id)
    document.getElementById(themeRowDomId(id))?.focus()
  }
  const toggle = (id: string, open?: boolean) =>
    setCollapsed((prev) => {
      const next = new Set(prev)
      const isOpen = !prev.has(id)
      if (open ?? !isOpen) next.delete(id)
      else next.add(id)
      return next
    })
  const openPopup = (kind: ThemePopup['kind'], id: string, el?: HTMLElement | null) => {
    anchor.current = el ?? document.getElementById(themeRowDomId(id))
    setPopup({ kind, id })
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLInputElement) return
    const i = rows.findIndex((r) => r.node.theme.id === tabStop)
    const row = rows[i]
    if (!row) return
    const id = row.node.theme.id
    const key = e.shiftKey && e.key === 'F10' ? 'ContextMenu' : e.key
    switch (key) {
      case 'ArrowDown':
        focusRow(rows[i + 1]?.node.theme.id)
        break
      case 'ArrowUp':
        focusRow(rows[i - 1]?.node.theme.id)
        break
      case 'Home':
        focusRow(rows[0]?.node.theme.id)
        break
      case 'End':
        focusRow(rows[rows.length - 1]?.node.theme.id)
        break
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) toggle(id, true)
        else if (row.expanded) focusRow(rows[i + 1]?.node.theme.id)
        break
      case 'ArrowLeft':
        if (row.expanded) toggle(id, false)
        else if (row.parentId) focusRow(row.parentId)
        break
      case 'Enter':
      case ' ':
        showClaims({ themeId: id })
        break
      case 'F2':
        if (!readOnly) setEditing({ kind: 'rename', id })
        break
      case 'Delete':
        if (!readOnly) openPopup('delete', id)
        break
      case 'ContextMenu':
        if (!readOnly) openPopup('menu', id)
        break
      default:
        return
    }
    e.preventDefault()
  }

  const dragHandlers = (target: Theme) => ({
    onDragStart(e: DragEvent) {
      e.dataTransfer.setData(DRAG_TYPE, target.id)
      e.dataTransfer.effectAllowed = 'move'
      setDrag({ id: target.id, over: null })
    },
    onDragOver(e: DragEvent) {
      if (!drag || !canMoveUnder(themes, drag.id, target.id) || drag.id === target.id) return
      e.preventDefault()
      e.dataTransfer.dropEffect = 'move'
      if (drag.over !== target.id) setDrag({ ...drag, over: target.id })
    },
    onDragLeave() {
      if (drag?.over === target.id) setDrag({ ...drag, over: null })
    },
    onDrop(e: DragEvent) {
      e.preventDefault()
      const moving = drag && byId(drag.id)
      setDrag(null)
      if (moving && canMoveUnder(themes, moving.id, target.id)) {
        toggle(target.id, true)
        void moveTheme(moving, target.id, target.name)
      }
    },
    onDragEnd() {
      setDrag(null)
    }
  })

  const createInput = (parentId: string | null, depth: number) => (
    <div
      role="treeitem"
      aria-level={depth + 1}
      aria-selected={false}
      aria-label="New theme"
      className="theme-row theme-row--editing"
      style={{ ['--depth' as string]: depth }}
    >
      <span className="theme-row__twisty" />
      <ThemeNameInput
        label={
          parentId ? `Name of the new sub-theme of “${byId(parentId)?.name ?? ''}”` : 'Name of the new theme'
        }
        placeholder={parentId ? 'Sub-theme name' : 'Theme name'}
        onCommit={async (name) => {
          if (parentId) setEditing(null)
          else onCreatingTopLevelDone()
          const created = await createTheme(name, parentId, themes)
          if (created) setFocusId(created.id)
        }}
        onCancel={() => (parentId ? setEditing(null) : onCreatingTopLevelDone())}
      />
    </div>
  )

  return (
    <>
      <div role="tree" aria-label="Themes" className="theme-tree" onKeyDown={onKeyDown}>
        {rows.map((row) => {
          const t = row.node.theme
          return (
            <div key={t.id} role="none">
              <ThemeRow
                row={row}
                count={stats?.themes[t.id]?.total ?? 0}
                focused={t.id === tabStop}
                active={t.id === activeThemeId}
                renaming={editing?.kind === 'rename' && editing.id === t.id}
                readOnly={readOnly}
                dropTarget={drag?.over === t.id}
                onFocus={() => setFocusId(t.id)}
                onActivate={() => showClaims({ themeId: t.id })}
                onToggle={() => toggle(t.id)}
                onStartRename={() => setEditing({ kind: 'rename', id: t.id })}
                onRename={(name) => {
                  setEditing(null)
                  focusRow(t.id)
                  if (name) void renameTheme(t, name)
                }}
                onOpenMenu={(el) => openPopup('menu', t.id, el)}
                onOpenColor={(el) => openPopup('color', t.id, el)}
                drag={dragHandlers(t)}
              />
              {editing?.kind === 'create' &&
                editing.parentId === t.id &&
                createInput(t.id, row.node.depth + 1)}
            </div>
          )
        })}
        {creatingTopLevel && createInput(null, 0)}
      </div>
      {drag && byId(drag.id)?.parentId && (
        <div
          className={`theme-drop-top${drag.over === '__top__' ? ' theme-drop-top--over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault()
            if (drag.over !== '__top__') setDrag({ ...drag, over: '__top__' })
          }}
          onDrop={(e) => {
            e.preventDefault()
            const moving = byId(drag.id)
            setDrag(null)
            if (moving) void moveTheme(moving, null, null)
          }}
        >
          Drop here to move to the top level
        </div>
      )}
      {popup && byId(popup.id) && (
        <ThemePopups
          popup={popup}
          theme={byId(popup.id)!}
          themes={themes}
          stats={stats}
          anchor={anchor}
          onClose={() => setPopup(null)}
          onOpen={(kind) => openPopup(kind, popup.id, anchor.current)}
          onRename={() => setEditing({ kind: 'rename', id: popup.id })}
          onAddChild={() => {
            toggle(popup.id, true)
            setEditing({ kind: 'create', parentId: popup.id })
          }}
          onDone={() => focusRow(popup.id)}
          onDeleted={() => {
            const i = rows.findIndex((r) => r.node.theme.id === popup.id)
            focusRow((rows[i - 1] ?? rows[i + 1])?.node.theme.id)
          }}
        />
      )}
    </>
  )
}
