// @vitest-environment jsdom
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ActiveImport } from './import-controller'

const mocks = vi.hoisted(() => ({ cancelTask: vi.fn(async () => ({ cancelled: true })) }))
vi.mock('../../api', () => ({
  api: { 'tasks.cancel': mocks.cancelTask },
  onProgress: () => () => {}
}))

const { importer } = await import('./importer')
const { ImportProgress } = await import('./import-progress')

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLDivElement
let root: ReturnType<typeof createRoot>
const active = (patch: Partial<ActiveImport>): ActiveImport => ({
  fileName: 'report.pdf',
  index: 2,
  count: 3,
  phase: 'importing',
  taskId: 'import-1',
  label: 'Importing report.pdf',
  done: 0,
  total: 0,
  ...patch
})
const show = (a: ActiveImport | null) =>
  act(async () => importer.store.setState({ active: a, cancelling: false }))
const bar = () => container.querySelector('[role="progressbar"]')!

beforeEach(async () => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  await act(async () => root.render(createElement(ImportProgress)))
})
afterEach(async () => {
  await act(async () => root.unmount())
  container.remove()
  await show(null)
})

describe('ImportProgress', () => {
  it('renders nothing when no import runs', () => {
    expect(container.innerHTML).toBe('')
  })

  it('is indeterminate (no aria-valuenow) while the total is unknown', async () => {
    await show(active({}))
    expect(bar().hasAttribute('aria-valuenow')).toBe(false)
    expect(bar().getAttribute('aria-valuetext')).toBe('Importing report.pdf')
    const label = document.getElementById(bar().getAttribute('aria-labelledby')!)
    expect(label?.textContent).toBe('Importing “report.pdf” (2 of 3)')
  })

  it('shows the percentage once the total is known', async () => {
    await show(active({ done: 3, total: 12, label: 'Reading page 3 of 12' }))
    expect(bar().getAttribute('aria-valuenow')).toBe('25')
    expect(bar().getAttribute('aria-valuetext')).toBe('3 of 12')
    expect(container.textContent).toContain('Reading page 3 of 12')
  })

  it('Cancel asks the core to cancel the task and says so', async () => {
    await show(active({}))
    const button = container.querySelector('button')!
    await act(async () => button.click())
    expect(mocks.cancelTask).toHaveBeenCalledWith({ taskId: 'import-1' })
    expect(container.textContent).toContain('Cancelling…')
    expect(button.disabled).toBe(true)
  })
})
