import type { DocumentSummary } from '../../../../shared/api'
import type { Speaker, Theme } from '../../../../shared/domain'
import { themeTree } from '../../features/claims/theme-options'

interface SelectProps<T> {
  /** The chosen id, or '' / undefined for any. */
  value: string | undefined
  onChange(id: string): void
  options: readonly T[]
}

function FilterSelect({
  label,
  value,
  onChange,
  children
}: {
  label: string
  value: string | undefined
  onChange(id: string): void
  children: React.ReactNode
}) {
  return (
    <label className="claims-filters__field">
      <span className="visually-hidden">{label}</span>
      <select className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </label>
  )
}

/** Any theme, or one of the codebook's, indented by depth ('' is any). */
export function ThemeFilterSelect({ value, onChange, options }: SelectProps<Theme>) {
  return (
    <FilterSelect label="Theme" value={value} onChange={onChange}>
      <option value="">Any theme</option>
      {themeTree(options).map(({ theme: t, depth }) => (
        <option key={t.id} value={t.id}>
          {'\u2003'.repeat(depth)}
          {t.name}
        </option>
      ))}
    </FilterSelect>
  )
}

/** Any speaker, no speaker ('none'), or one by name ('' is any). */
export function SpeakerFilterSelect({ value, onChange, options }: SelectProps<Speaker>) {
  return (
    <FilterSelect label="Speaker" value={value} onChange={onChange}>
      <option value="">Any speaker</option>
      <option value="none">No speaker</option>
      {[...options]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
    </FilterSelect>
  )
}

/** Any document, or one by title ('' is any). */
export function DocumentFilterSelect({ value, onChange, options }: SelectProps<DocumentSummary>) {
  return (
    <FilterSelect label="Document" value={value} onChange={onChange}>
      <option value="">Any document</option>
      {options.map((d) => (
        <option key={d.id} value={d.id}>
          {d.title}
        </option>
      ))}
    </FilterSelect>
  )
}
