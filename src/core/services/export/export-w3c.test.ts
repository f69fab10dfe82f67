import { describe, expect, it } from 'vitest'
import type { WorkspaceSnapshot } from '../../../shared/domain'
import { sliceCodePoints } from './utf16-to-code-point'
import { exportW3c, W3C_CONTEXT, type W3cAnnotation, type W3cSpecificResource } from './export-w3c'
import { makeAnnotation, makeDocument, makeTestSnapshot } from './testing/test-snapshot'
import { loadMustAssertions, readSamples, W3C_MOTIVATIONS, w3cFailures } from './testing/w3c-validator'

const snapshot = makeTestSnapshot()
const musts = loadMustAssertions()
const collection = exportW3c(snapshot)
const items = collection.first.items
/** Items of a page inherit the collection's JSON-LD context; validate each as a standalone annotation. */
const standalone = (a: W3cAnnotation): object => ({ '@context': collection['@context'], ...a })
const byId = (id: string): W3cAnnotation => items.find((a) => a.id === id)!
const textOf = (source: string): string =>
  snapshot.documents.find(
    (d) => source === `urn:dossier:document:${d.document.id}` || source === d.document.source.url
  )!.document.text

describe('the W3C test-suite harness', () => {
  it('loads all 54 MUST assertions', () => {
    expect(musts).toHaveLength(54)
  })

  it('passes the suite’s correct samples', () => {
    // anno11-13 use Composite, List and Independents, which the final Recommendation removed; the suite's
    // schemas follow the Recommendation, so those three fail exactly the target-type assertion.
    const preRecommendation = ['anno11.json', 'anno12.json', 'anno13.json']
    const samples = readSamples('correct').filter((s) => s.name.startsWith('anno'))
    expect(samples).toHaveLength(41)
    for (const s of samples) {
      const expected = preRecommendation.includes(s.name)
        ? ['annotations/3.2-targetObjectsRecognized.json']
        : []
      expect(w3cFailures(s.json, musts), s.name).toEqual(expected)
    }
    const sampleCollection = readSamples('correct').find((s) => s.name === 'collection1.json')!.json as {
      '@context': string
      first: { items: { id: string }[] }
    }
    for (const item of sampleCollection.first.items) {
      const failures = w3cFailures({ '@context': sampleCollection['@context'], ...item }, musts)
      expect(failures.length === 0 || /anno1[123]$/.test(item.id), item.id).toBe(true)
    }
  })

  it('fails every one of the suite’s incorrect samples', () => {
    const samples = readSamples('incorrect')
    expect(samples).toHaveLength(39)
    for (const s of samples) {
      if (s.json !== undefined) expect(w3cFailures(s.json, musts), s.name).not.toEqual([])
      // Samples that are not JSON fail by that alone; those that only have trailing commas must fail on content too.
      else if (s.lenient !== undefined) expect(w3cFailures(s.lenient, musts), s.name).not.toEqual([])
    }
  })

  it('catches broken variants of our own annotations', () => {
    const good = standalone(byId('urn:dossier:annotation:a-1')) as Record<string, unknown>
    expect(w3cFailures(good, musts)).toEqual([])
    const broken: [string, Record<string, unknown>, string][] = [
      ['no target', { ...good, target: undefined }, 'annotations/3.1-targetKeyFound.json'],
      [
        'bad context',
        { ...good, '@context': 'http://example.org/ctx' },
        'annotations/3.1-annotationContextValidated.json'
      ],
      ['bad created', { ...good, created: 'yesterday' }, 'annotations/3.3.1-annotationCreatedValidated.json'],
      ['motivation outside the model', { ...good, motivation: 'coding' }, 'motivation coding'],
      [
        'negative position',
        {
          ...good,
          target: {
            ...(good['target'] as object),
            selector: [{ type: 'TextPositionSelector', start: -1, end: 2 }]
          }
        },
        'annotations/specificResource/4.2-TextDataPositionSelectorValid.json'
      ],
      [
        'quote selector without exact',
        {
          ...good,
          target: { ...(good['target'] as object), selector: { type: 'TextQuoteSelector', prefix: 'a' } }
        },
        'annotations/specificResource/4.2.4-textQuoteSelectorValid.json'
      ]
    ]
    for (const [name, anno, failure] of broken)
      expect(w3cFailures(JSON.parse(JSON.stringify(anno)), musts), name).toContain(failure)
  })
})

describe('exportW3c', () => {
  it('is an AnnotationCollection with one page', () => {
    expect(collection).toMatchObject({
      '@context': W3C_CONTEXT,
      id: 'urn:dossier:collection:ws-1',
      type: 'AnnotationCollection',
      label: 'Long-range strikes: Biden & allies',
      generated: '2024-06-02T12:00:00.000Z',
      first: { id: 'urn:dossier:collection:ws-1:page:0', type: 'AnnotationPage', startIndex: 0 }
    })
    // 5 annotations + 10 tagged statements + 4 links
    expect(collection.total).toBe(items.length)
    expect(items).toHaveLength(19)
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length)
  })

  it('every exported annotation passes all 54 MUST assertions, with motivations from the model', () => {
    for (const a of items) expect(w3cFailures(standalone(a), musts), a.id).toEqual([])
    for (const a of items) expect(W3C_MOTIVATIONS).toContain(a.motivation)
  })

  it('maps annotations to highlighting, commenting and tagging', () => {
    expect(byId('urn:dossier:annotation:a-2').motivation).toBe('highlighting')
    expect(byId('urn:dossier:annotation:a-2').body).toBeUndefined()
    expect(byId('urn:dossier:annotation:a-5')).toMatchObject({
      motivation: 'tagging',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Nuclear signalling' }]
    })
    const a1 = byId('urn:dossier:annotation:a-1')
    const note = snapshot.documents[0]!.annotations.find((a) => a.id === 'a-1')!.notePlain
    expect(a1).toMatchObject({
      motivation: 'commenting',
      created: '2024-06-01T10:00:00.000Z',
      modified: '2024-06-01T11:30:00.000Z',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'Red lines' }
      ]
    })
    expect(a1.target.source).toBe('https://www.nytimes.com/2024/05/30/us/politics/biden-ukraine-weapons.html')
  })

  it('tags statements and links them with the relation and note', () => {
    expect(byId('urn:dossier:tagging:doc-nyt.2').body!.map((b) => (b as { value: string }).value)).toEqual([
      'Allied pressure',
      'Red lines'
    ])
    const link = byId('urn:dossier:link:l-3')
    expect(link.motivation).toBe('linking')
    expect(link.target.source).toBe('urn:dossier:document:memo_2')
    const [other, relation, note] = link.body!
    expect((other as W3cSpecificResource).selector[0].exact).toBe(
      "And Putin's threats of escalation since the start of the war have remained empty."
    )
    expect(relation).toEqual({ type: 'TextualBody', purpose: 'describing', value: 'elaborates' })
    expect(note).toMatchObject({ purpose: 'commenting', value: 'Memo expands on this <b>claim</b>' })
    expect(byId('urn:dossier:link:l-2').body).toHaveLength(2)
  })

  it('counts TextPositionSelector offsets in code points', () => {
    const targets = items.flatMap((a) => [
      a.target,
      ...(a.body ?? []).filter((b) => b.type === 'SpecificResource')
    ])
    for (const t of targets as W3cSpecificResource[]) {
      const [quote, position] = t.selector
      expect(sliceCodePoints(textOf(t.source), position.start, position.end)).toBe(quote.exact)
    }
    // Two emoji precede the memo's first statement: 35 UTF-16 units, 33 code points.
    const memo = byId('urn:dossier:tagging:memo_2.1').target.selector[1]
    expect(snapshot.documents[1]!.statements[0]!.start).toBe(35)
    expect(memo).toEqual({ type: 'TextPositionSelector', start: 33, end: 33 + 87 })
  })

  it('converts an annotation after an astral character', () => {
    const { document } = makeDocument('d', 'Emoji', '😀 x 𝒜 target text', [])
    const s: WorkspaceSnapshot = {
      ...structuredClone(snapshot),
      documents: [
        { document, statements: [], annotations: [makeAnnotation('e', document, 'target', [], null)] }
      ],
      links: [],
      notes: []
    }
    const [a] = exportW3c(s).first.items
    expect(a!.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'target', prefix: '😀 x 𝒜 ', suffix: ' text' },
      { type: 'TextPositionSelector', start: 6, end: 12 }
    ])
  })

  it('restricts to a document', () => {
    const scoped = exportW3c(snapshot, { documentId: 'memo_2' }).first.items
    expect(scoped.map((a) => a.id).sort()).toEqual(
      [
        'urn:dossier:annotation:a-4',
        'urn:dossier:link:l-3',
        'urn:dossier:tagging:memo_2.1',
        'urn:dossier:tagging:memo_2.2',
        'urn:dossier:tagging:memo_2.3',
        'urn:dossier:tagging:memo_2.4'
      ].sort()
    )
  })
})
