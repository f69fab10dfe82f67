import { afterEach, expect, it } from 'vitest'
import { tempCore, type TempCore } from '../test/temp-core'

let core: TempCore | undefined
afterEach(async () => core?.cleanup())

it('search hits carry the speaker of their statement, for the pickers', async () => {
  core = await tempCore('seeded')
  const api = core.api
  const doc = (await api['documents.list']({}))[0]!
  const st = (await api['documents.get']({ id: doc.id })).statements.find((s) =>
    s.text.includes('nuclear saber')
  )!
  await api['statements.setSpeaker']({ statementId: st.id, speakerName: 'Quoted Person' })
  const { hits } = await api['search.query']({ q: 'nuclear saber', kinds: ['statement'] })
  expect(hits.find((h) => h.id === st.id)?.speakerName).toBe('Quoted Person')
  await api['statements.setSpeaker']({ statementId: st.id, speakerId: null })
  const again = await api['search.query']({ q: 'nuclear saber', kinds: ['statement'] })
  expect(again.hits.find((h) => h.id === st.id)?.speakerName).toBeNull()
})
