import type { Page } from '@playwright/test'
import type { CoreService } from '../../src/core/core-service'
import type { DocumentView, StatementDetail } from '../../src/shared/api'
import type { Theme } from '../../src/shared/domain'
import type { Measurement } from './measurement'
import { API_REQUESTS_SINCE, NOW } from './renderer-probes'
import { summarize } from './stats'

/** A tag from the inspector may cost the mutation and two refetches of what it changed. */
const BUDGET = 3

const run = <T>(page: Page, fn: string, arg: unknown = null): Promise<T> =>
  page.evaluate(`(${fn})(${JSON.stringify(arg)})`) as Promise<T>

/** Waits for `atLeast` API requests since `since` and then none for `quietMs`; returns their operations. */
async function settledOps(page: Page, since: number, atLeast = 0, quietMs = 500): Promise<string[]> {
  let ops = await run<string[]>(page, API_REQUESTS_SINCE, { since })
  for (;;) {
    await page.waitForTimeout(quietMs)
    const now = await run<string[]>(page, API_REQUESTS_SINCE, { since })
    if (now.length === ops.length && now.length >= atLeast) return now
    ops = now
  }
}
const startsWith = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)

/**
 * Requests per tag from the inspector, with the reader showing `view` (a page with API_REQUEST_OBSERVER
 * installed): select a statement, T, type a theme, Enter, until every request it caused has answered.
 */
export async function benchTagRequests(
  page: Page,
  core: CoreService,
  view: DocumentView,
  reps: number
): Promise<Measurement> {
  const themes = (await core.dispatch('themes.list', {})) as Theme[]
  // A name no other theme's contains: typed in full, it is the only suggestion.
  const typeable = themes.filter(
    (t) => !themes.some((o) => o !== t && o.name.toLowerCase().includes(t.name.toLowerCase()))
  )
  const inspector = page.getByRole('complementary', { name: 'Inspector' })
  const addTheme = inspector.getByRole('combobox', { name: 'Add a theme to this statement' })
  const counts: number[] = []
  const seen = new Set<string>()
  // Statements with a piece outside any highlight: a click there selects the statement.
  const clickable = await page.evaluate(() => [
    ...new Set(
      [
        ...document.querySelectorAll<HTMLElement>(
          '.reader-prose [data-statement-id]:not([data-annotation-ids])'
        )
      ]
        .filter((el) => !el.closest('.gutter'))
        .map((el) => el.dataset.statementId!)
    )
  ])
  if (clickable.length < reps) throw new Error('the reader shows too few statements outside highlights')
  for (let r = 0; r < reps; r++) {
    const id = clickable[Math.floor(((r + 0.5) * clickable.length) / reps)]!
    const detail = (await core.dispatch('statements.get', { id })) as StatementDetail
    const theme = typeable.find((t) => !detail.statement.themeIds.includes(t.id))
    if (!theme) throw new Error(`every theme already tags ${id}`)
    const piece = page.locator(`.reader-prose [data-statement-id="${id}"]:not([data-annotation-ids])`).first()
    await piece.scrollIntoViewIfNeeded()
    await piece.click()
    await page.waitForFunction(
      (text) => document.querySelector('[aria-label="Inspector"] blockquote')?.textContent === text,
      detail.statement.text
    )
    await addTheme.waitFor({ timeout: 30_000 })
    await settledOps(page, await run<number>(page, NOW))

    await page.keyboard.press('t')
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox')
    await page.keyboard.type(theme.name)
    await inspector
      .getByRole('option', { name: startsWith(theme.name), selected: true })
      .waitFor({ timeout: 30_000 })
    const since = await run<number>(page, NOW)
    await page.keyboard.press('Enter')
    await inspector
      .getByRole('list', { name: 'Themes' })
      .first()
      .getByText(theme.name, { exact: true })
      .waitFor({ timeout: 30_000 })
    const ops = await settledOps(page, since, 1)
    if (ops[0] !== 'statements.tag') throw new Error(`the tag asked ${ops.join(', ') || 'nothing'} first`)
    ops.forEach((op) => seen.add(op))
    counts.push(ops.length)
  }
  const summary = summarize(counts)
  return {
    what: `API requests for one tag from the inspector (select a statement of the open ${view.statements.length.toLocaleString('en-US')}-statement document, T, a theme, Enter) until every view has caught up; asked: ${[...seen].join(', ')}`,
    unit: 'count',
    ...summary,
    baseline: { what: 'the mutation alone', p50: 1, p95: 1, n: counts.length },
    budget: { rule: `p95 ≤ ${BUDGET} requests`, pass: summary.p95 <= BUDGET }
  }
}
