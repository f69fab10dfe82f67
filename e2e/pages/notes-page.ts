import { expect, type Locator, type Page } from '@playwright/test'

/** Notes: the list of notes and the open note's title, rich-text body and save status. */
export class NotesPage {
  readonly root: Locator
  readonly list: Locator
  readonly title: Locator
  readonly body: Locator
  readonly saveStatus: Locator
  readonly suggestions: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Notes' })
    this.list = this.root.getByRole('list', { name: 'Notes' })
    this.title = this.root.getByRole('textbox', { name: 'Note title' })
    this.body = this.root.getByRole('textbox', { name: 'Note text' })
    this.saveStatus = this.root.locator('.note-editor__bar').getByRole('status')
    this.suggestions = page.getByRole('listbox', { name: 'Matching statements' })
  }

  async newNote(title: string): Promise<void> {
    await this.root.getByRole('button', { name: 'New note' }).first().click()
    await expect(this.title).toBeFocused()
    await this.title.fill(title)
    await this.title.press('Enter')
    await expect(this.body).toBeFocused()
  }

  /** A statement reference chip in the note body. */
  chip(fragment: string): Locator {
    return this.body.locator('[data-statement-ref]').filter({ hasText: fragment })
  }

  /** Types a trigger (`@` or `[[`) and a query, waits for the suggestion, and picks it with Enter. */
  async cite(trigger: '@' | '[[', query: string, expected: string): Promise<void> {
    await this.page.keyboard.type(`${trigger}${query}`)
    const option = this.suggestions.getByRole('option').filter({ hasText: expected }).first()
    await expect(option).toBeVisible()
    for (let i = 0; i < 10 && (await option.getAttribute('aria-selected')) !== 'true'; i++)
      await this.page.keyboard.press('ArrowDown')
    await expect(option).toHaveAttribute('aria-selected', 'true')
    await this.page.keyboard.press('Enter')
    await expect(this.suggestions).toBeHidden()
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved')
  }
}
