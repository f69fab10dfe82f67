import type { Page } from '@playwright/test'
import { AppPage } from './pages/app-page'

/** Opens the app served at `url` in `page`, collecting its page errors and console errors into `errors`. */
export async function openApp(page: Page, url: string, errors: string[]): Promise<AppPage> {
  page.on('pageerror', (err) => errors.push(err.message))
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text())
  })
  await page.goto(url)
  const app = new AppPage(page)
  await app.ready()
  return app
}
