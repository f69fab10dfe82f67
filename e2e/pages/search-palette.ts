import type { Locator, Page } from '@playwright/test'

/** The search palette (Ctrl/⌘+K or /). */
export class SearchPalette {
  readonly dialog: Locator
  readonly input: Locator
  readonly results: Locator
  readonly summary: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Search' })
    this.input = this.dialog.getByRole('combobox', { name: 'Search statements, annotations and notes' })
    this.results = this.dialog.getByRole('listbox', { name: 'Results' })
    this.summary = this.dialog.getByRole('status')
  }

  group(kind: 'Statements' | 'Annotations' | 'Notes' | string): Locator {
    return this.results.getByRole('group', { name: new RegExp(`^${kind}`) })
  }

  result(fragment: string): Locator {
    return this.results.getByRole('option').filter({ hasText: fragment })
  }
}
