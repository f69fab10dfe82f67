import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { DocumentView, ImportResult } from '../src/shared/api'
import {
  codeSeededWorkspace,
  DOCS_SCREENSHOTS,
  expect,
  expectAccessible,
  SEED_TEXT as T,
  shot,
  test,
  type Workspace
} from './fixtures'
import { AppPage } from './pages/app-page'

/*
 * Graph, timeline and speakers side by side (Analysis), on the coded seed article plus two dated articles quoting
 * the same people, with links across them made through the API. Driven through the UI; the CSP must hold.
 */

const b64 = (s: string) => Buffer.from(s).toString('base64')
const ARTICLES = [
  {
    fileName: 'kremlin.txt',
    date: '2024-05-21',
    text: 'Kremlin warns the West\n\n"Any strike on Russian soil would be an escalation," Dmitry Peskov said.\n\nSeth G. Jones said the Kremlin has repeated such warnings for two years.\n'
  },
  {
    fileName: 'nato.txt',
    date: '2024-06-12',
    text: 'Allies back Kyiv\n\n"Ukraine has the right to defend itself," Jens Stoltenberg said.\n\nDmitry Peskov said NATO was already a party to the war.\n'
  }
]

async function prepare(workspace: Workspace) {
  const dispatch = <R>(op: string, input: unknown) => workspace.core.dispatch(op, input) as Promise<R>
  const coded = await codeSeededWorkspace(workspace.core)
  const imported: DocumentView[] = []
  for (const a of ARTICLES) {
    const r = await dispatch<ImportResult>('import.file', {
      fileName: a.fileName,
      base64: b64(a.text),
      date: a.date
    })
    imported.push(await dispatch<DocumentView>('documents.get', { id: r.imported[0]!.documentId }))
  }
  const idIn = (v: DocumentView, fragment: string) => v.statements.find((s) => s.text.includes(fragment))!.id
  const warn = idIn(imported[0]!, 'Any strike on Russian soil')
  const party = idIn(imported[1]!, 'already a party')
  await dispatch('links.create', { fromId: party, toId: coded.statementId(T.peskov), relation: 'same-claim' })
  await dispatch('links.create', {
    fromId: idIn(imported[0]!, 'repeated such warnings'),
    toId: warn,
    relation: 'responds-to'
  })
  const tag = (statementId: string, theme: string) =>
    dispatch('statements.tag', { statementIds: [statementId], themeIds: [coded.themeId(theme)] })
  await tag(warn, 'Escalation risk')
  await tag(party, 'Alliance unity')
  await tag(idIn(imported[0]!, 'repeated such warnings'), 'Nuclear signalling')
  await tag(coded.statementId(T.peskov), 'Alliance unity')
  return { coded, warn, party }
}

async function openAnalysis(page: Page, tab: 'Graph' | 'Timeline' | 'Speakers') {
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Analysis' }).click()
  await page.getByRole('tablist', { name: 'Analysis views' }).getByRole('tab', { name: tab }).click()
}

async function expectDownload(page: Page, button: 'PNG' | 'SVG', fileName: string) {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: button, exact: true }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(fileName)
  const body = await readFile((await file.path())!)
  if (button === 'SVG')
    expect(body.toString('utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
  else expect(body.subarray(1, 4).toString('latin1')).toBe('PNG')
}

async function keep(page: Page, name: string) {
  const path = await shot(page, name)
  await mkdir(DOCS_SCREENSHOTS, { recursive: true })
  await copyFile(path, join(DOCS_SCREENSHOTS, `${name}.png`))
}

test('graph: focus a statement’s neighbourhood and follow a node to the reader', async ({
  page,
  workspace
}) => {
  await prepare(workspace)
  await page.setViewportSize({ width: 1440, height: 900 })
  await openAnalysis(page, 'Graph')
  const nodes = page.getByRole('region', { name: /^Statements/ }).getByRole('listitem')
  const edges = page.getByRole('region', { name: /^Links/ }).getByRole('listitem')
  await expect(page.getByTestId('graph-canvas').locator('canvas').first()).toBeVisible()
  await expect(nodes).toHaveCount(8)
  await expect(edges).toHaveCount(5)
  await expect(page.getByRole('list', { name: 'Link colours' })).toContainText('Contradicts')
  await keep(page, 'graph')
  await expectDownload(page, 'PNG', 'dossier-graph.png')
  await expectDownload(page, 'SVG', 'dossier-graph.svg')

  await page.getByRole('button', { name: /^Focus the graph on “Asked if the Western alliance/ }).click()
  await expect(page.getByText(/^Around “Asked if the Western alliance/)).toBeVisible()
  await expect(nodes).toHaveCount(3)
  await page.getByRole('combobox', { name: 'Hops' }).selectOption('2')
  await expect(nodes).toHaveCount(4)
  await expect(edges).toHaveCount(3)

  await page.getByRole('searchbox', { name: 'Find a statement in the graph' }).fill('remained empty')
  await expect(page.getByText('1 of 1')).toBeVisible()

  const target = nodes.filter({ hasText: T.overblown }).getByRole('button', { name: /^Mr Jones added/ })
  await target.focus()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Reader' })
  ).toHaveAttribute('aria-selected', 'true')
  await new AppPage(page).inspector.expectStatement(T.overblown)
  expect(await new AppPage(page).reader.selectedText()).toContain(T.overblown)
  expect(workspace.pageErrors).toEqual([])
})

test('timeline: dots by date, a dragged range sets the filter, a dot drills down', async ({
  page,
  workspace
}) => {
  await prepare(workspace)
  await page.setViewportSize({ width: 1440, height: 900 })
  await openAnalysis(page, 'Timeline')
  const chart = page.getByRole('img', { name: /^Timeline of/ })
  await expect(chart.locator('circle[data-index]').first()).toBeVisible()
  await expect(chart).toHaveAccessibleName(/Timeline of 53 statements/)
  await keep(page, 'timeline')
  await expectDownload(page, 'PNG', 'dossier-timeline.png')
  await expectDownload(page, 'SVG', 'dossier-timeline.svg')

  const box = (await chart.locator('svg').first().boundingBox())!
  await page.mouse.move(box.x + 200, box.y + box.height - 12)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height - 12, { steps: 5 })
  await page.mouse.up()
  // The dragged range lands in the filter bar's dates, which every view reads.
  const bar = page.getByRole('search', { name: 'Analysis filter' })
  const from = bar.getByRole('textbox', { name: 'From', exact: true })
  await expect(from).not.toHaveValue('')
  expect(await bar.getByRole('textbox', { name: 'To', exact: true }).inputValue()).not.toBe('')
  await page.getByRole('button', { name: 'All dates' }).click()
  await expect(from).toHaveValue('')
  await from.fill('2024-05-25')
  await expect(page.getByText(/dates chosen: 2024-05-25 to any/)).toBeVisible()

  await page.getByText('The timeline as a table').click()
  await page.getByRole('button', { name: /Show the 1 statements of Dmitry Peskov, 2024-05-21/ }).click()
  await expect(page.getByRole('region', { name: 'Claims' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Claims' })).toContainText('Any strike on Russian soil')
  expect(workspace.pageErrors).toEqual([])
})

test('speakers side by side: grouped bars and the links between them', async ({ page, workspace }) => {
  await prepare(workspace)
  await page.setViewportSize({ width: 1440, height: 900 })
  await openAnalysis(page, 'Speakers')
  await page.getByRole('checkbox', { name: /Dmitry Peskov/ }).check()
  const chart = page.getByRole('img', { name: /^Themes of/ })
  await expect(chart.locator('rect[data-index]').first()).toBeVisible()
  await expect(page.getByRole('region', { name: 'Links between them' })).toContainText('Same claim')
  await keep(page, 'speakers')
  await chart.locator('rect[data-index]').first().click()
  await expect(page.getByRole('region', { name: 'Claims' })).toBeVisible()
  expect(workspace.pageErrors).toEqual([])
})

for (const scheme of ['light', 'dark'] as const)
  test(`graph, timeline and speakers are accessible in ${scheme} mode`, async ({ page, workspace }) => {
    await prepare(workspace)
    await page.emulateMedia({ colorScheme: scheme })
    if (scheme === 'dark') await page.setViewportSize({ width: 1024, height: 700 })
    for (const tab of ['Graph', 'Timeline', 'Speakers'] as const) {
      await openAnalysis(page, tab)
      await expect(page.getByRole('img').first()).toBeVisible()
      for (const d of await page.locator('details').all())
        await d.evaluate((el) => ((el as HTMLDetailsElement).open = true))
      await expectAccessible(page, `${tab}, ${scheme}`)
      await shot(page, `analysis-${tab.toLowerCase()}-${scheme}`)
    }
    expect(workspace.pageErrors).toEqual([])
  })
