import { describe, expect, it } from 'vitest'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { exportCsv } from './export-csv'
import { buildQdaProject, QDE_NAMESPACE } from '../qdpx/export-qdpx'
import { exportW3c } from './export-w3c'
import { qdaGuid } from '../qdpx/qda-codes'
import { elements, parseXml, PROJECT_XSD, xsdErrors } from '../qdpx/testing/refi-qda-xml'
import { makeTestSnapshot } from './testing/test-snapshot'
import { loadMustAssertions, w3cFailures } from './testing/w3c-validator'

const ANN = { id: 'cd-ann', name: 'Ann' }
const BOB = { id: 'cd-bob', name: 'Bob' }
const T1 = '2024-06-02T08:00:00.000Z'
const T2 = '2024-06-03T08:00:00.000Z'

/**
 * The test snapshot coded by two coders: Ann and Bob both applied "Allied pressure" (t-ally) to doc-nyt.1, Bob
 * first; Bob made the first highlight and coded it; Ann made the links and notes. The rest is older work.
 */
function codedSnapshot(): WorkspaceSnapshot {
  const snap = makeTestSnapshot()
  const nyt = snap.documents[0]!
  const s1 = nyt.statements[0]!
  s1.codedBy = [
    { themeId: 't-ally', createdBy: ANN.id, createdAt: T2 },
    { themeId: 't-ally', createdBy: BOB.id, createdAt: T1 }
  ]
  const a = nyt.annotations[0]!
  a.createdBy = BOB.id
  a.codedBy = a.themeIds.map((themeId) => ({ themeId, createdBy: BOB.id, createdAt: T1 }))
  for (const l of snap.links) l.createdBy = ANN.id
  for (const n of snap.notes) n.createdBy = ANN.id
  return { ...snap, coders: [ANN, BOB], coderId: ANN.id }
}

const csvRows = (csv: string) => csv.slice(1).trimEnd().split('\r\n')

describe('exports say who coded what', () => {
  const snap = codedSnapshot()

  it('REFI-QDA: the coders as Users, each coding, highlight and note created by its coder (XSD-valid)', async () => {
    const { qde } = buildQdaProject(snap)
    expect(await xsdErrors(qde, PROJECT_XSD, 'project.qde')).toEqual([])
    const doc = parseXml(qde)
    const guid = qdaGuid(snap.meta.id)
    const users = elements(doc, QDE_NAMESPACE, 'User').map((u) => [
      u.getAttribute('guid'),
      u.getAttribute('name')
    ])
    expect(users).toEqual([
      [guid('user', ANN.id), 'Ann'],
      [guid('user', BOB.id), 'Bob'],
      [guid('user', snap.meta.id), 'Dossier user'] // the older work's
    ])
    expect(doc.documentElement.getAttribute('creatingUserGUID')).toBe(guid('user', ANN.id))
    const selection = (g: string) =>
      elements(doc, QDE_NAMESPACE, 'PlainTextSelection').find((e) => e.getAttribute('guid') === g)!
    const s1 = selection(guid('statement', 'doc-nyt.1'))
    expect([s1.getAttribute('creatingUser'), s1.getAttribute('creationDateTime')]).toEqual([
      guid('user', BOB.id),
      T1
    ])
    expect(
      elements(s1, QDE_NAMESPACE, 'Coding').map((c) => [
        c.getAttribute('creatingUser'),
        c.getAttribute('creationDateTime')
      ])
    ).toEqual([
      [guid('user', ANN.id), T2],
      [guid('user', BOB.id), T1]
    ])
    const a = selection(guid('annotation', snap.documents[0]!.annotations[0]!.id))
    expect(a.getAttribute('creatingUser')).toBe(guid('user', BOB.id))
    for (const c of elements(a, QDE_NAMESPACE, 'Coding'))
      expect(c.getAttribute('creatingUser')).toBe(guid('user', BOB.id))
    const notes = elements(doc, QDE_NAMESPACE, 'Note').filter(
      (n) => n.getAttribute('creatingUser') === guid('user', ANN.id)
    )
    expect(notes.length).toBe(snap.notes.length + snap.links.filter((l) => l.note.trim()).length)
  })

  it('REFI-QDA: a workspace without coders keeps its one "Dossier user"', () => {
    const doc = parseXml(buildQdaProject(makeTestSnapshot()).qde)
    expect(elements(doc, QDE_NAMESPACE, 'User').map((u) => u.getAttribute('name'))).toEqual(['Dossier user'])
  })

  it('W3C: creator is the coder (a Person), and a tagging is created when its first coder coded it', () => {
    const items = exportW3c(snap).first.items
    const tagging = items.find((i) => i.id === 'urn:dossier:tagging:doc-nyt.1')!
    expect(tagging.creator).toEqual([
      { id: 'urn:dossier:coder:cd-bob', type: 'Person', name: 'Bob' },
      { id: 'urn:dossier:coder:cd-ann', type: 'Person', name: 'Ann' }
    ])
    expect(tagging.created).toBe(T1)
    const highlight = items.find(
      (i) => i.id === `urn:dossier:annotation:${snap.documents[0]!.annotations[0]!.id}`
    )!
    expect(highlight.creator).toEqual({ id: 'urn:dossier:coder:cd-bob', type: 'Person', name: 'Bob' })
    for (const link of items.filter((i) => i.motivation === 'linking'))
      expect(link.creator).toEqual({ id: 'urn:dossier:coder:cd-ann', type: 'Person', name: 'Ann' })
    expect(items.find((i) => i.id === 'urn:dossier:tagging:doc-nyt.2')).not.toHaveProperty('creator')
    const musts = loadMustAssertions()
    for (const item of [tagging, highlight])
      expect(w3cFailures({ '@context': 'http://www.w3.org/ns/anno.jsonld', ...item }, musts)).toEqual([])
  })

  it('CSV: a coder column per coding (one row per coder), and who coded a statement or made a highlight', () => {
    const codings = csvRows(exportCsv(snap, undefined, 'codings'))
    expect(codings[0]!.endsWith(',coder,coded at')).toBe(true)
    expect(codings.filter((r) => r.startsWith('doc-nyt.1,'))).toEqual([
      `doc-nyt.1,Allied pressure,statement,,,${snap.documents[0]!.document.title},Bob,${T1}`,
      `doc-nyt.1,Allied pressure,statement,,,${snap.documents[0]!.document.title},Ann,${T2}`
    ])
    const statements = csvRows(exportCsv(snap))
    expect(statements.find((r) => r.startsWith('doc-nyt.1,'))!.endsWith(',Bob; Ann')).toBe(true)
    const annotations = csvRows(exportCsv(snap, undefined, 'annotations'))
    expect(annotations.filter((r) => r.endsWith(',Bob'))).toHaveLength(1)
  })
})
