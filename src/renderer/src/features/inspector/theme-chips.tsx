import { useMemo, useRef } from 'react'
import type { Theme } from '../../../../shared/domain'
import { Combobox } from '../../app/ui/combobox'
import { themePath } from '../themes/theme-tree'
import { useFocusRequest } from './use-focus-request'

interface ThemeChipsProps {
  /** The statement or annotation the chips belong to (for focus requests). */
  ownerId: string
  ownerKind: 'statement' | 'annotation'
  themeIds: string[]
  themes: Theme[]
  readOnly: boolean
  onAdd(theme: Theme): void
  onCreate(name: string): void
  onRemove(theme: Theme): void
}

/** Applied themes as coloured chips (× removes) and a type-ahead to add one; Enter on a new name creates it. */
export function ThemeChips({
  ownerId,
  ownerKind,
  themeIds,
  themes,
  readOnly,
  onAdd,
  onCreate,
  onRemove
}: ThemeChipsProps) {
  const byId = useMemo(() => new Map(themes.map((t) => [t.id, t])), [themes])
  const applied = themeIds.map((id) => byId.get(id)).filter((t): t is Theme => Boolean(t))
  const options = useMemo(
    () =>
      themes
        .filter((t) => !themeIds.includes(t.id))
        .map((t) => ({
          id: t.id,
          label: t.name,
          color: t.color,
          hint: t.parentId ? themePath(themes, t.parentId) : undefined
        })),
    [themes, themeIds]
  )
  const box = useRef<HTMLDivElement>(null)
  useFocusRequest('themes', ownerKind === 'statement' ? ownerId : null, () =>
    box.current?.querySelector('input')?.focus()
  )

  return (
    <div className="theme-chips" ref={box}>
      {applied.length > 0 && (
        <ul className="theme-chips__list" aria-label="Themes">
          {applied.map((t) => (
            <li key={t.id} className="chip" style={{ ['--chip' as string]: t.color }}>
              <span className="swatch" style={{ ['--swatch' as string]: t.color }} />
              <span className="chip__label" title={themePath(themes, t.id)}>
                {t.name}
              </span>
              {!readOnly && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove theme “${t.name}”`}
                  onClick={() => onRemove(t)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <Combobox
          label={`Add a theme to this ${ownerKind === 'statement' ? 'statement' : 'highlight'}`}
          placeholder="Add theme…"
          options={options}
          onPick={(o) => {
            const t = byId.get(o.id)
            if (t) onAdd(t)
          }}
          onCreate={onCreate}
          onCancel={returnToText}
          createLabel={(name) => `Create theme “${name}”`}
          className="theme-chips__add"
        />
      )}
      {readOnly && applied.length === 0 && <p className="inspector__muted">No themes.</p>}
    </div>
  )
}

/** Escape from an inspector field goes back to the document text, where the reader's keys work. */
export function returnToText(): void {
  document.querySelector<HTMLElement>('.reader-prose')?.focus({ preventScroll: true })
}
