import { describe, expect, it } from 'vitest'
import { evaluateIngest } from './eval-ingest'

describe('npm run eval:ingest, the small form', () => {
  it('meets every threshold of the ingestion issue on the labelled sets and the Golden Rules', async () => {
    const e = await evaluateIngest(undefined, { web: false })
    const missed = e.thresholds.filter((t) => t.value < t.min)
    expect(missed, missed.map((t) => `${t.what}: ${t.value} < ${t.min}`).join('; ')).toEqual([])
    expect(e.files.filter((f) => f.error).map((f) => f.error)).toEqual([])
  }, 120_000)
})
