import { expect, type Locator, type Page } from '@playwright/test'
import { escapeRegExp } from './library-pane'

/** The right pane: the selected statement's or highlight's details. */
export class InspectorPane {
  readonly root: Locator
  readonly heading: Locator
  /** The selected statement's text. */
  readonly quote: Locator
  readonly speaker: Locator
  readonly addTheme: Locator
  readonly themeChips: Locator
  readonly crossReferences: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' })
    this.heading = this.root.getByRole('heading', { level: 2 })
    this.quote = this.root.locator('blockquote').first()
    this.speaker = this.root.getByRole('combobox', { name: 'Speaker' })
    this.addTheme = this.root.getByRole('combobox', { name: /^Add a theme to this (statement|highlight)$/ })
    this.themeChips = this.root.getByRole('list', { name: 'Themes' })
    this.crossReferences = this.root.getByRole('list', { name: 'Cross-references' })
  }

  async expectStatement(fragment: string): Promise<void> {
    await expect(this.heading).toHaveText('Statement')
    await expect(this.quote).toContainText(fragment)
  }

  /** Types into the theme type-ahead (already focused or not) and picks the theme from the list. */
  async tagWith(theme: string): Promise<void> {
    await this.addTheme.click()
    await this.addTheme.pressSequentially(theme.slice(0, 5))
    await this.option(theme).click()
    await expect(this.themeChips.getByText(theme, { exact: true })).toBeVisible()
  }

  option(label: string): Locator {
    return this.root.getByRole('option', { name: new RegExp(`^${escapeRegExp(label)}`) })
  }

  themeChip(name: string): Locator {
    return this.themeChips.getByRole('listitem').filter({ hasText: name })
  }

  /** The note editor of a highlight (rich text). */
  noteEditor(quoteStart?: string): Locator {
    return this.root.getByRole('textbox', {
      name: quoteStart ? new RegExp(`^Note on “${escapeRegExp(quoteStart)}`) : /^Note on/
    })
  }

  /** A cross-reference entry, by its relation label ("contradicts →", "← contradicted by"). */
  link(relationLabel: string): Locator {
    return this.crossReferences.getByRole('button', { name: new RegExp(`^${escapeRegExp(relationLabel)}`) })
  }
}
