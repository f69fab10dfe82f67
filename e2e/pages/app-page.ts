import { expect, type Locator, type Page } from '@playwright/test'
import { ClaimsPage } from './claims-page'
import { InspectorPane } from './inspector-pane'
import { LibraryPane } from './library-pane'
import { LinkPicker } from './link-picker'
import { NotesPage } from './notes-page'
import { ReaderPage } from './reader-page'
import { SearchPalette } from './search-palette'

/** The whole window as an analyst sees it: top bar, library, centre view, inspector, dialogs and toasts. */
export class AppPage {
  readonly library: LibraryPane
  readonly reader: ReaderPage
  readonly inspector: InspectorPane
  readonly linkPicker: LinkPicker
  readonly claims: ClaimsPage
  readonly notes: NotesPage
  readonly search: SearchPalette
  readonly topBar: Locator
  readonly notifications: Locator
  readonly help: Locator

  constructor(readonly page: Page) {
    this.library = new LibraryPane(page)
    this.reader = new ReaderPage(page)
    this.inspector = new InspectorPane(page)
    this.linkPicker = new LinkPicker(page)
    this.claims = new ClaimsPage(page)
    this.notes = new NotesPage(page)
    this.search = new SearchPalette(page)
    this.topBar = page.getByRole('banner')
    this.notifications = page.getByRole('region', { name: 'Notifications' })
    this.help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  }

  tab(name: 'Reader' | 'Claims' | 'Notes'): Locator {
    return this.page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name })
  }

  async goTo(name: 'Reader' | 'Claims' | 'Notes'): Promise<void> {
    await this.tab(name).click()
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true')
  }

  undoButton(): Locator {
    return this.page.getByRole('group', { name: 'History' }).getByRole('button', { name: /^Undo/ })
  }

  redoButton(): Locator {
    return this.page.getByRole('group', { name: 'History' }).getByRole('button', { name: /^Redo/ })
  }

  /** A toast containing `text`. */
  toast(text: string | RegExp): Locator {
    return this.notifications.getByText(text)
  }

  /** Presses a key with focus on the page body rather than in a field (global shortcuts ignore typing targets). */
  async pressOutsideFields(key: string): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await this.page.keyboard.press(key)
  }

  /** Waits until the app has loaded the workspace: the library lists documents. */
  async ready(): Promise<void> {
    await expect(this.library.documents.getByRole('button').first()).toBeVisible()
  }
}
