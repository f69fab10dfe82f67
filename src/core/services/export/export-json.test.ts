import { describe, expect, it } from 'vitest'
import { WorkspaceSnapshot } from '../../../shared/domain'
import { exportJson, exportJsonInSlices, parseSnapshot, SnapshotParseError } from './export-json'
import { makeAnnotation, makeStatementsSnapshot } from './testing/test-builders'
import { makeTestSnapshot } from './testing/test-snapshot'

const snapshot = makeTestSnapshot()

describe('exportJson / parseSnapshot', () => {
  it('pretty-prints the snapshot and reads it back identically', () => {
    const json = exportJson(snapshot)
    expect(json).toMatch(/^\{\n {2}"format": "dossier-workspace",\n/)
    expect(json.endsWith('}\n')).toBe(true)
    expect(parseSnapshot(json)).toEqual(snapshot)
    expect(parseSnapshot(`\ufeff${json}`)).toEqual(snapshot)
  })

  it('exports a scope as a smaller, still valid snapshot', () => {
    const sub = parseSnapshot(exportJson(snapshot, { themeId: 't-esc', documentId: 'doc-nyt' }))
    expect(sub.themes.map((t) => t.id)).toEqual(['t-esc', 't-nuc', 't-red'])
    expect(sub.documents.map((d) => d.document.id)).toEqual(['doc-nyt'])
    expect(sub.documents[0]!.statements.map((s) => s.id)).toEqual([
      'doc-nyt.2',
      'doc-nyt.3',
      'doc-nyt.4',
      'doc-nyt.5',
      'doc-nyt.6'
    ])
    expect(sub.speakers.map((s) => s.id).sort()).toEqual([
      'sp-jones',
      'sp-nye',
      'sp-peskov',
      'sp-stoltenberg'
    ])
    expect(WorkspaceSnapshot.safeParse(sub).success).toBe(true)
  })

  it('says in one line where a snapshot is invalid', () => {
    const bad = structuredClone(snapshot) as unknown as { documents: { statements: { start: number }[] }[] }
    bad.documents[0]!.statements[3]!.start = -1
    const attempt = () => parseSnapshot(JSON.stringify(bad))
    expect(attempt).toThrow(SnapshotParseError)
    expect(attempt).toThrow(/^Invalid workspace snapshot at documents\[0\]\.statements\[3\]\.start: .+$/)
    try {
      attempt()
    } catch (e) {
      expect((e as SnapshotParseError).path).toBe('documents[0].statements[3].start')
      expect((e as Error).message).not.toContain('\n')
    }
  })

  it('reports wrong format, extra keys and non-JSON', () => {
    expect(() => parseSnapshot(JSON.stringify({ ...snapshot, format: 'other' }))).toThrow(/at format: /)
    expect(() => parseSnapshot(JSON.stringify({ ...snapshot, extra: 1 }))).toThrow(
      /Invalid workspace snapshot: .*extra/
    )
    expect(() => parseSnapshot('{"format": ')).toThrow(/^Invalid workspace snapshot: not JSON \(.+\)$/)
    expect(() => parseSnapshot('[]')).toThrow(/^Invalid workspace snapshot: /)
  })

  it('refuses to export an invalid snapshot', () => {
    expect(() => exportJson({ ...snapshot, themes: [{ ...snapshot.themes[0]!, color: 'red' }] })).toThrow(
      /at themes\[0\]\.color/
    )
  })
})

describe('exportJsonInSlices', () => {
  it('writes a long document in runs to the same text', async () => {
    const long = makeStatementsSnapshot(Array.from({ length: 450 }, (_, i) => `Statement ${i}, "quoted".`))
    const entry = long.documents[0]!
    entry.annotations = entry.statements
      .slice(0, 250)
      .map((s, i) => makeAnnotation(`a${i}`, entry.document, s.text.slice(0, 12), ['th'], null, s.text))
    expect(await exportJsonInSlices(long, undefined, { sliceMs: 0 })).toBe(exportJson(long))
  })
})
