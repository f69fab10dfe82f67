import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { CODING_COLUMNS, exportCsv } from './export-csv'
import { exportMarkdown } from './export-markdown'
import { exportObsidian } from './export-obsidian'
import { exportQdpx, QDE_NAMESPACE } from '../qdpx/export-qdpx'
import { resolveExportView } from './export-view'
import { exportW3c } from './export-w3c'
import { qdaGuid } from '../qdpx/qda-codes'
import { elements, parseXml, PROJECT_XSD, xsdErrors } from '../qdpx/testing/refi-qda-xml'
import { IMPORTED, makeAnnotation, makeDocument } from './testing/test-builders'
import { loadMustAssertions, w3cFailures } from './testing/w3c-validator'

/**
 * Hand-counted: d.1 is coded Alpha as a whole; the highlight a-1 (“five six. Seven”, Beta) crosses d.2 and d.3,
 * so it codes both; a-2 (“eight”, no theme) codes nothing. Beta: 2 statements, both through the span.
 */
const TEXT = 'One two three. Four five six. Seven eight nine.'
function codingSnapshot(): WorkspaceSnapshot {
  const { document, statements } = makeDocument('d', 'Doc', TEXT, [
    { id: 'd.1', text: 'One two three.', themeIds: ['t-a'] },
    { id: 'd.2', text: 'Four five six.' },
    { id: 'd.3', text: 'Seven eight nine.' }
  ])
  return {
    format: 'dossier-workspace',
    version: 1,
    exportedAt: '2024-06-02T12:00:00.000Z',
    meta: { id: 'ws', name: 'Codings', createdAt: IMPORTED },
    themes: [
      { id: 't-a', name: 'Alpha', color: '#000000', parentId: null, description: '', order: 0 },
      { id: 't-b', name: 'Beta', color: '#000000', parentId: null, description: '', order: 1 }
    ],
    speakers: [],
    documents: [
      {
        document,
        statements,
        annotations: [
          makeAnnotation('a-1', document, 'five six. Seven', ['t-b'], null),
          makeAnnotation('a-2', document, 'eight', [], null)
        ]
      }
    ],
    links: [],
    notes: []
  }
}
const snapshot = codingSnapshot()

const csvRows = (csv: string): string[][] =>
  csv
    .slice(1)
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => l.split(','))

describe('the one coding model in exports', () => {
  it('the export view codes each statement a highlight touches', () => {
    const view = resolveExportView(snapshot)
    expect(view.codingsOf('d.1')).toEqual([{ themeId: 't-a', how: 'statement' }])
    expect(view.codingsOf('d.2').map((c) => [c.themeId, c.how])).toEqual([['t-b', 'span']])
    expect(view.codingsOf('d.3').map((c) => [c.themeId, c.how])).toEqual([['t-b', 'span']])
    expect(view.spanCodedWithTheme('t-b').map((e) => e.statement.id)).toEqual(['d.2', 'd.3'])
    expect(view.spanCodedWithTheme('t-a')).toEqual([])
  })

  it('CSV --rows codings: one row per coding (statement id, theme, how, quote)', () => {
    const [header, ...rows] = csvRows(exportCsv(snapshot, undefined, 'codings'))
    expect(header).toEqual([...CODING_COLUMNS])
    expect(rows).toEqual([
      ['d.1', 'Alpha', 'statement', '', '', 'Doc', '', ''],
      ['d.2', 'Beta', 'span', 'five six. Seven', 'a-1', 'Doc', '', ''],
      ['d.3', 'Beta', 'span', 'five six. Seven', 'a-1', 'Doc', '', '']
    ])
  })

  it('CSV codings rows follow a theme scope: span-coded statements are in it', () => {
    const [, ...rows] = csvRows(exportCsv(snapshot, { themeId: 't-b' }, 'codings'))
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['d.2', 'Beta', 'span'],
      ['d.3', 'Beta', 'span']
    ])
  })

  it('CSV statement rows carry a codings column', () => {
    const csv = exportCsv(snapshot)
    expect(csv).toContain('Beta (highlight: “five six. Seven”)')
    expect(csv).toContain('Alpha (statement)')
  })

  it('Markdown lists statements coded through a highlight under the theme, with the quote', () => {
    const md = exportMarkdown(snapshot)
    const beta = md.slice(md.indexOf('## Beta'), md.indexOf('## Annotations without a theme'))
    expect(beta).toContain('**Coded through a highlight**')
    expect(beta).toContain('> Four five six.')
    expect(beta).toContain('> Seven eight nine.')
    expect(
      beta.match(
        /\n\n> (Four five six|Seven eight nine)\.\n\n— [^\n]+\n\n_Highlighted:_ “five six\. Seven”\n/g
      )
    ).toHaveLength(2)
    expect(beta).not.toContain('No statements.')
  })

  it('W3C: the span coding is an annotation with a TextQuoteSelector and a tagging body', () => {
    const items = exportW3c(snapshot).first.items
    const span = items.find((a) => a.id === 'urn:dossier:annotation:a-1')!
    expect(span.motivation).toBe('tagging')
    expect(span.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'Beta' }])
    const target = span.target as { selector: { type: string; exact?: string; start?: number }[] }
    expect(target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'five six. Seven' })
    expect(target.selector[1]).toMatchObject({ type: 'TextPositionSelector', start: 20, end: 35 })
    expect(items.map((a) => a.id)).toEqual([
      'urn:dossier:tagging:d.1',
      'urn:dossier:annotation:a-1',
      'urn:dossier:annotation:a-2'
    ])
    const musts = loadMustAssertions()
    const context = exportW3c(snapshot)['@context']
    for (const a of items) expect(w3cFailures({ '@context': context, ...a }, musts)).toEqual([])
  })

  it('REFI-QDA: the span is a PlainTextSelection coded with its theme, valid against the XSD', async () => {
    const qde = new TextDecoder().decode(unzipSync(exportQdpx(snapshot))['project.qde'])
    expect(await xsdErrors(qde, PROJECT_XSD, 'project.qde')).toEqual([])
    const guid = qdaGuid('ws')
    const sel = elements(parseXml(qde), QDE_NAMESPACE, 'PlainTextSelection').find(
      (e) => e.getAttribute('guid') === guid('annotation', 'a-1')
    )!
    expect(sel.getAttribute('startPosition')).toBe('20')
    expect(sel.getAttribute('endPosition')).toBe('35')
    const codeRefs = elements(sel, QDE_NAMESPACE, 'CodeRef').map((e) => e.getAttribute('targetGUID'))
    expect(codeRefs).toEqual([guid('theme', 't-b')])
  })
})

describe('the one coding model in the Obsidian vault', () => {
  it('a theme page lists the statements coded through a highlight, with the quote', () => {
    const files = exportObsidian(snapshot)
    const beta = [...files.entries()].find(([p]) => p.startsWith('Themes/Beta'))![1]
    const section = beta.slice(beta.indexOf('## Coded through a highlight'))
    expect(section).toContain('- [[Documents/Doc#^d-2|“Four five six.”]] — highlight “five six. Seven”')
    expect(section).toContain('- [[Documents/Doc#^d-3|“Seven eight nine.”]] — highlight “five six. Seven”')
  })
})

describe('a theme scope keeps the statements its highlights code', () => {
  it('CSV statement rows and the Markdown report with --theme Beta hold d.2 and d.3', () => {
    const rows = csvRows(exportCsv(snapshot, { themeId: 't-b' })).slice(1)
    expect(rows.map((r) => r[0])).toEqual(['d.2', 'd.3'])
    const w3c = exportW3c(snapshot, { themeId: 't-b' }).first.items.map((a) => a.id)
    expect(w3c).toEqual(['urn:dossier:annotation:a-1'])
    expect(resolveExportView(snapshot, { themeId: 't-a' }).documents[0]!.statements.map((s) => s.id)).toEqual(
      ['d.1']
    )
  })
})
