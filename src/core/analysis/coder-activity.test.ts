import { afterEach, describe, expect, it } from 'vitest'
import type { TempCore } from '../testing/temp-core'
import { twoCoderWorkspace } from '../testing/two-coder-workspace'

let cores: TempCore[] = []
afterEach(async () => {
  await Promise.all(cores.map((c) => c.cleanup()))
  cores = []
})

describe('analysis.coders', () => {
  it('counts each coder’s codings and documents, a coder who coded nothing with zero', async () => {
    const { api, statements, doc, risk } = await twoCoderWorkspace(cores)
    await api['coders.setCurrent']({ name: 'Cy' })
    await api['coders.setCurrent']({ name: 'Ann' })
    const s = statements[40]!
    await api['annotations.create']({ documentId: doc.id, start: s.start, end: s.end, themeIds: [risk.id] })
    const r = await api['analysis.coders']({})
    const byName = Object.fromEntries(r.coders.map((c) => [c.coder.name, [c.codings, c.documents]]))
    expect(byName).toMatchObject({ Ann: [26, 1], Bob: [30, 1], Cy: [0, 0] })
  })
})
