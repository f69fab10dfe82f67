import { useEffect } from 'react'
import { useQuery } from '../../api/use-query'
import { themeChipRules } from './theme-chip-rules'

let sheet: CSSStyleSheet | null = null

/**
 * Keeps an adopted stylesheet with the themes' chip colours. A stylesheet rather than style attributes: the editor
 * owns the chips' DOM, and the rules follow renames and recolourings without touching the note.
 */
export function useThemeChipColors(): void {
  const themes = useQuery('themes.list', {}).data
  useEffect(() => {
    if (!themes) return
    if (!sheet) {
      sheet = new CSSStyleSheet()
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    }
    sheet.replaceSync(themeChipRules(themes))
  }, [themes])
}
