import { expect, type Locator, type Page } from '@playwright/test'

/** The left pane: documents, the theme codebook tree, speakers. */
export class LibraryPane {
  readonly root: Locator
  readonly documents: Locator
  readonly themeTree: Locator
  readonly speakers: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('navigation', { name: 'Library' })
    this.documents = this.root.getByRole('list', { name: 'Documents' })
    this.themeTree = this.root.getByRole('tree', { name: 'Themes' })
    this.speakers = this.root.getByRole('list', { name: 'Speakers' })
  }

  document(title: string): Locator {
    return this.documents.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) })
  }

  async openDocument(title: string): Promise<void> {
    await this.document(title).click()
  }

  theme(name: string): Locator {
    return this.themeTree.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(name)}\\b`) })
  }

  speaker(name: string): Locator {
    return this.speakers.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\b`) })
  }

  /** "New theme" (+ in the Themes header), type the name, Enter. */
  async createTheme(name: string): Promise<void> {
    await this.root.getByRole('button', { name: 'New theme' }).click()
    const input = this.root.getByRole('textbox', { name: 'Name of the new theme' })
    await expect(input).toBeFocused()
    await input.fill(name)
    await input.press('Enter')
    await expect(this.theme(name)).toBeVisible()
  }

  /** Opens a theme's actions menu with a right click on its row. */
  async themeMenu(name: string): Promise<Locator> {
    await this.theme(name).click({ button: 'right' })
    const menu = this.page.getByRole('menu', { name: `Actions for “${name}”` })
    await expect(menu).toBeVisible()
    return menu
  }

  /** Actions › Move to… › type the parent's name › pick it. */
  async moveTheme(name: string, parent: string): Promise<void> {
    const menu = await this.themeMenu(name)
    await menu.getByRole('menuitem', { name: 'Move to…' }).click()
    const box = this.page.getByRole('combobox', { name: 'New parent theme' })
    await expect(box).toBeFocused()
    await box.pressSequentially(parent.slice(0, 6))
    await this.page
      .getByRole('listbox', { name: 'New parent theme' })
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(parent)}`) })
      .click()
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
