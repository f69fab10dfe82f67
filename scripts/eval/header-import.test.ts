import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusBody, readCorpus } from './ingest-attribution'
import { INGEST_DIR, importCorpusFile } from './run-ingest-eval'

/** The labelled files as collected, provenance header included (the eval reads their bodies). */
const WITH_HEADERS = ['shared', 'collected', 'prose', 'blind'].flatMap((set) =>
  readCorpus(join(INGEST_DIR, set))
    .map((f) => ({ ...f, set, raw: readFileSync(join(INGEST_DIR, set, f.file), 'utf8') }))
    .filter((f) => f.raw !== f.body && f.raw.endsWith(f.body))
)

describe('a labelled file imported as it was collected, header and all', () => {
  it('has a header in most files', () => expect(WITH_HEADERS.length).toBeGreaterThan(40))

  it.each(WITH_HEADERS.map((f) => [`${f.set}/${f.file}`, f] as const))(
    '%s: the same statements as its body alone, with the same speakers unless the header dated it',
    async (_, f) => {
      const whole = await importCorpusFile({ ...f, body: f.raw })
      const body = await importCorpusFile(f)
      const shift = f.raw.length - corpusBody(f.raw).length
      const spans = (i: typeof whole, by = 0) => i.statements.map((s) => [s.start - by, s.end - by])
      expect(spans(whole, shift)).toEqual(spans(body))
      // A date only the header gives names whoever held a role then ("The President" in 1993: Bill Clinton).
      if (whole.publishedAt !== body.publishedAt) expect(body.publishedAt).toBeNull()
      else expect(whole.statements.map((s) => s.speaker)).toEqual(body.statements.map((s) => s.speaker))
    }
  )
})
