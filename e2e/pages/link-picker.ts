import { expect, type Locator, type Page } from '@playwright/test'

/** "Cross-reference a statement": type-ahead over all statements, then the relation and an optional note. */
export class LinkPicker {
  readonly dialog: Locator
  readonly search: Locator
  readonly results: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Cross-reference a statement' })
    this.search = this.dialog.getByRole('combobox', { name: 'Find the statement to link to' })
    this.results = this.dialog.getByRole('listbox', { name: 'Matching statements' })
  }

  /** Types words of the target, picks the matching result, chooses the relation, writes a note, links. */
  async link(target: { query: string; pick: string }, relation: string, note?: string): Promise<void> {
    await expect(this.dialog).toBeVisible()
    await expect(this.search).toBeFocused()
    await this.search.pressSequentially(target.query)
    const option = this.results.getByRole('option').filter({ hasText: target.pick })
    await expect(option).toHaveCount(1)
    await option.click()
    await this.dialog.getByRole('radio', { name: new RegExp(`^${relation}`) }).check()
    if (note) await this.dialog.getByRole('textbox', { name: /^Note/ }).fill(note)
    await this.dialog.getByRole('button', { name: 'Create link' }).click()
    await expect(this.dialog).toBeHidden()
  }
}
