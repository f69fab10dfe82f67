import { describe, expect, it } from 'vitest'
import { EmptyCodebookError, exportQdc, QDC_NAMESPACE } from './export-qdc'
import { qdaGuid } from './qda-codes'
import { CODEBOOK_XSD, elements, parseXml, PROJECT_XSD, xsdErrors } from './testing/refi-qda-xml'
import { HOSTILE_THEME, makeTestSnapshot } from '../export/testing/test-snapshot'

const snapshot = makeTestSnapshot()

describe('exportQdc', () => {
  const qdc = exportQdc(snapshot)

  it('validates against the REFI-QDA Codebook XSD (and not the Project one)', async () => {
    expect(await xsdErrors(qdc, CODEBOOK_XSD, 'codebook.qdc')).toEqual([])
    expect(await xsdErrors(qdc, PROJECT_XSD)).not.toEqual([])
  })

  it('nests the themes in codebook order with the same GUIDs as the project', () => {
    const doc = parseXml(qdc)
    expect(doc.documentElement.namespaceURI).toBe(QDC_NAMESPACE)
    const codes = elements(doc, QDC_NAMESPACE, 'Code')
    expect(codes.map((c) => [c.getAttribute('name'), c.parentElement!.getAttribute('name')])).toEqual([
      ['Escalation risk', null],
      ['Nuclear signalling', 'Escalation risk'],
      ['Red lines', 'Escalation risk'],
      ['Allied pressure', null],
      [HOSTILE_THEME, 'Allied pressure'],
      ['Unused theme', null]
    ])
    expect(codes[0]!.getAttribute('guid')).toBe(qdaGuid('ws-1')('theme', 't-esc'))
    expect(codes[4]!.getElementsByTagNameNS(QDC_NAMESPACE, 'Description')[0]!.textContent).toBe(
      '<script>alert(1)</script>'
    )
  })

  it('restricts to a subtree, and refuses an empty codebook', async () => {
    const sub = exportQdc(snapshot, { themeId: 't-nuc' })
    expect(await xsdErrors(sub, CODEBOOK_XSD)).toEqual([])
    expect(elements(parseXml(sub), QDC_NAMESPACE, 'Code')).toHaveLength(1)
    expect(() => exportQdc({ ...snapshot, themes: [] })).toThrow(EmptyCodebookError)
  })
})
