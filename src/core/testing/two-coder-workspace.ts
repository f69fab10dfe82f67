import { expect } from 'vitest'
import { tempCore, type TempCore } from './temp-core'

const SENTENCES = Array.from({ length: 50 }, (_, i) => `Claim number ${i + 1} is stated here.`)

/**
 * The textbook 2×2 table as codings: 50 statements of one document; Ann codes statements 1–25 with "Risk", Bob
 * statements 1–20 and 26–35; so both 20, Ann only 5, Bob only 10, neither 15. Bob is the current coder after.
 */
export async function twoCoderWorkspace(cores: TempCore[]) {
  const t = await tempCore('empty')
  cores.push(t)
  const { api } = t
  const text = SENTENCES.join('\n\n')
  await api['import.file']({ fileName: 'claims.txt', base64: Buffer.from(text).toString('base64') })
  const [doc] = await api['documents.list']({})
  const { statements } = await api['documents.get']({ id: doc!.id })
  expect(statements.map((s) => s.text)).toEqual(SENTENCES)
  const ids = statements.map((s) => s.id)
  const risk = await api['themes.create']({ name: 'Risk' })
  const other = await api['themes.create']({ name: 'Other' })
  const ann = (await api['coders.setCurrent']({ name: 'Ann' })).current!
  await api['statements.tag']({ statementIds: ids.slice(0, 25), themeIds: [risk.id] })
  const bob = (await api['coders.setCurrent']({ name: 'Bob' })).current!
  await api['statements.tag']({
    statementIds: [...ids.slice(0, 20), ...ids.slice(25, 35)],
    themeIds: [risk.id]
  })
  return { t, api, ann, bob, risk, other, ids, statements, doc: doc! }
}
