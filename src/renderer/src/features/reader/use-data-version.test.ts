// @vitest-environment jsdom
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Statement } from '../../../../shared/domain'
import type { ReaderData } from './reader-decorations'
import { useDataVersion } from './use-data-version'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const statement = (id: string, themeIds: string[] = []): Statement => ({
  id,
  documentId: 'd',
  start: 0,
  end: 5,
  text: 'Hello',
  paragraphIndex: 0,
  speakerId: null,
  attribution: { method: 'none' },
  themeIds
})

const data = (over: Partial<ReaderData> = {}): ReaderData => ({
  statements: [statement('d.1'), statement('d.2')],
  annotations: [],
  linkCounts: {},
  themes: new Map(),
  ...over
})

let root: ReturnType<typeof createRoot>
const versions: string[] = []

function Probe({ value }: { value: ReaderData }) {
  versions.push(useDataVersion(value))
  return null
}
const show = (value: ReaderData) => act(() => root.render(createElement(Probe, { value })))
const last = () => versions.at(-1)

beforeEach(() => {
  versions.length = 0
  root = createRoot(document.createElement('div'))
})
afterEach(() => act(() => root.unmount()))

describe('useDataVersion', () => {
  it('keeps its key while new data draws the same', () => {
    show(data())
    const first = last()
    show(data())
    show(data({ linkCounts: {} }))
    expect(last()).toBe(first)
  })

  it('changes its key when a tag, a link count, a theme colour or a speaker label changes', () => {
    show(data())
    const seen = new Set([last()])
    const changes: ReaderData[] = [
      data({ statements: [statement('d.1', ['t1']), statement('d.2')] }),
      data({ statements: [statement('d.1', ['t1']), statement('d.2')], linkCounts: { 'd.2': 1 } }),
      data({
        statements: [statement('d.1', ['t1']), statement('d.2')],
        linkCounts: { 'd.2': 1 },
        themes: new Map([['t1', { name: 'Risk', color: '#c33' }]])
      }),
      data({
        statements: [statement('d.1', ['t1']), statement('d.2')],
        linkCounts: { 'd.2': 1 },
        themes: new Map([['t1', { name: 'Risk', color: '#3c3' }]])
      }),
      data({
        statements: [statement('d.1', ['t1']), statement('d.2')],
        linkCounts: { 'd.2': 1 },
        themes: new Map([['t1', { name: 'Risk', color: '#3c3' }]]),
        speakerLabels: [{ statementId: 'd.1', offset: 0, name: 'Ana', turn: true }]
      })
    ]
    for (const next of changes) {
      show(next)
      expect(seen.has(last())).toBe(false)
      seen.add(last())
    }
  })

  it('an untag brings a new key, not the key from before the tag', () => {
    show(data())
    const untagged = last()
    show(data({ statements: [statement('d.1', ['t1']), statement('d.2')] }))
    show(data())
    expect(last()).not.toBe(untagged)
  })
})
