import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ANNOTATION_COLUMNS, CSV_ROWS, exportCsv, exportCsvInSlices, STATEMENT_COLUMNS } from './export-csv'
import { makeAnnotation } from './testing/test-builders'
import { HOSTILE_THEME, makeStatementsSnapshot, makeTestSnapshot } from './testing/test-snapshot'

const snapshot = makeTestSnapshot()

/** A strict RFC 4180 reader: CRLF-separated records, fields quoted or not, `""` inside quotes. */
function parseRfc4180(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < text.length) {
    let field = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote')
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
          } else {
            i++
            break
          }
        } else field += text[i++]
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n' && text[i] !== '"')
        field += text[i++]
      if (text[i] === '"') throw new Error(`bare quote at ${i}`)
    }
    row.push(field)
    if (text[i] === ',') i++
    else if (text.startsWith('\r\n', i)) {
      rows.push(row)
      row = []
      i += 2
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`)
  }
  if (row.length > 0) rows.push(row)
  return rows
}

const parse = (csv: string): string[][] => {
  expect(csv.startsWith('\ufeff')).toBe(true)
  expect(csv.endsWith('\r\n')).toBe(true)
  return parseRfc4180(csv.slice(1))
}
const neutralised = (s: string): string => (/^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(s) ? `'${s}` : s)

describe('exportCsv', () => {
  it('writes one row per statement with full theme paths, notes and links (relation and target id)', () => {
    const [header, ...rows] = parse(exportCsv(snapshot))
    expect(header).toEqual([...STATEMENT_COLUMNS])
    expect(rows).toHaveLength(11)
    const byId = new Map(rows.map((r) => [r[0], r]))
    expect(byId.get('doc-nyt.2')).toEqual([
      'doc-nyt.2',
      'Biden weighs lifting ban on U.S. weapons strikes inside Russia',
      '2024-05-30',
      'Jens Stoltenberg',
      'NATO Secretary General',
      'Allied pressure; Escalation risk > Red lines',
      snapshot.documents[0]!.statements[1]!.text,
      snapshot.documents[0]!.annotations[0]!.notePlain,
      'supports → doc-nyt.1',
      'Allied pressure (statement); Escalation risk > Red lines (statement); Escalation risk > Red lines (highlight: “legitimate military targets”)',
      ''
    ])
    expect(byId.get('doc-nyt.6')![5]).toBe('Escalation risk; Escalation risk > Nuclear signalling')
    expect(byId.get('doc-nyt.1')![8]).toBe('supports ← doc-nyt.2')
    expect(byId.get('doc-nyt.7')![8]).toBe('responds-to ← doc-nyt.4')
    expect(byId.get('memo_2.1')![5]).toBe(`Escalation risk; Allied pressure > ${HOSTILE_THEME}`)
  })

  it('quotes per RFC 4180 and neutralises formulas', () => {
    const csv = exportCsv(snapshot)
    const rows = new Map(parse(csv).map((r) => [r[0], r]))
    expect(rows.get('memo_2.4')![6]).toBe(`'=SUM(A1:A2) looks like a formula, "quoted", and has commas`)
    expect(csv).toContain(`"'=SUM(A1:A2) looks like a formula, ""quoted"", and has commas"`)
    expect(rows.get('memo_2.2')![6]).toBe("'- A dash line # with hash and `code` 👍.")
    expect(rows.get('memo_2.3')![4]).toBe("'=cmd|' /C calc'!A0")
    // A note with line breaks stays in one quoted cell.
    expect(rows.get('memo_2.1')![7]).toContain('\n')
  })

  it('writes one row per annotation', () => {
    const [header, ...rows] = parse(exportCsv(snapshot, undefined, 'annotations'))
    expect(header).toEqual([...ANNOTATION_COLUMNS])
    expect(rows.map((r) => [r[0], r[6]])).toEqual([
      ['a-3', ''],
      ['a-1', 'doc-nyt.2'],
      ['a-2', ''],
      ['a-5', ''],
      ['a-4', 'memo_2.1']
    ])
    expect(rows[1]!.slice(3, 5)).toEqual(['legitimate military targets', 'Escalation risk > Red lines'])
  })

  it('restricts to a scope', () => {
    expect(
      parse(exportCsv(snapshot, { documentId: 'memo_2' }))
        .slice(1)
        .map((r) => r[0])
    ).toEqual(['memo_2.1', 'memo_2.2', 'memo_2.3', 'memo_2.4'])
    expect(
      parse(exportCsv(snapshot, { themeId: 't-nuc' }))
        .slice(1)
        .map((r) => r[0])
    ).toEqual(['doc-nyt.4', 'doc-nyt.6'])
  })

  it('round-trips any text through an RFC 4180 reader (property)', () => {
    const piece = fc.constantFrom(
      'a',
      ' ',
      ',',
      '"',
      '""',
      '\r',
      '\n',
      '\r\n',
      '=',
      '+',
      '-',
      '@',
      '\t',
      ';',
      '🚀',
      'é',
      "'"
    )
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''))
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 4 }),
        text.filter((s) => s !== ''),
        (texts, theme) => {
          const rows = parse(
            exportCsv(makeStatementsSnapshot(texts, { theme, speaker: theme, title: theme }))
          )
          expect(rows.slice(1).map((r) => r[6])).toEqual(texts.map(neutralised))
          expect(rows.slice(1).map((r) => r[5])).toEqual(texts.map(() => neutralised(theme)))
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('exportCsvInSlices', () => {
  it('writes a long document in runs to the same table', async () => {
    const long = makeStatementsSnapshot(
      Array.from({ length: 250 }, (_, i) => `Statement number ${i}, said "so".`)
    )
    const entry = long.documents[0]!
    entry.annotations = entry.statements.map((s, i) =>
      makeAnnotation(`a${i}`, entry.document, s.text.slice(0, 16), i % 2 === 0 ? ['th'] : [], null, s.text)
    )
    for (const rows of CSV_ROWS) {
      const sliced = await exportCsvInSlices(long, undefined, rows, { sliceMs: 0 })
      expect(sliced).toBe(exportCsv(long, undefined, rows))
      expect(sliced.split('\r\n').length).toBeGreaterThan(250)
    }
  })
})
