import { expect, type Locator, type Page } from '@playwright/test'

/** The claims table: filter bar, active-filter chips, the statement grid. */
export class ClaimsPage {
  readonly root: Locator
  readonly count: Locator
  readonly filters: Locator
  readonly text: Locator
  readonly theme: Locator
  readonly speaker: Locator
  readonly grid: Locator
  readonly rows: Locator
  readonly activeFilters: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Claims' })
    this.count = this.root.getByRole('status')
    this.filters = this.root.getByRole('group', { name: 'Filter statements' })
    this.text = this.filters.getByRole('searchbox', { name: 'Filter by text' })
    this.theme = this.filters.getByRole('combobox', { name: 'Theme' })
    this.speaker = this.filters.getByRole('combobox', { name: 'Speaker' })
    this.grid = this.root.getByRole('grid', { name: 'Statements' })
    this.rows = this.grid.getByRole('rowgroup').nth(1).getByRole('row')
    this.activeFilters = this.root.getByRole('list', { name: 'Filtered by' })
  }

  async expectCount(n: number, filtered = true): Promise<void> {
    await expect(this.count).toHaveText(`${n} statement${n === 1 ? '' : 's'}${filtered ? ' match' : ''}`)
    await expect(this.rows).toHaveCount(n)
  }

  row(fragment: string): Locator {
    return this.rows.filter({ hasText: fragment })
  }

  /** The text of every visible row's first cell. */
  async rowTexts(): Promise<string[]> {
    return this.rows.locator('[aria-colindex="1"]').allInnerTexts()
  }

  removeFilter(labelStart: string): Locator {
    return this.activeFilters.getByRole('button', { name: new RegExp(`^Remove filter ${labelStart}`) })
  }
}
