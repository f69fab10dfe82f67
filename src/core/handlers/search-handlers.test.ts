import { expect, it } from 'vitest'
import { testCore } from '../testing/temp-core'

it('search hits carry the speaker of their statement, for the pickers', async () => {
  const core = await testCore('seeded')
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
