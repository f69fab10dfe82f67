import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Api } from '../../shared/api'
import { testCore } from '../testing/temp-core'
import { fingerprintDifference, workspaceFingerprint } from '../testing/workspace-fingerprint'

async function seeded(coder: string) {
  const t = await testCore('seeded')
  await t.api['coders.setCurrent']({ name: coder })
  const [doc] = await t.api['documents.list']({})
  const view = await t.api['documents.get']({ id: doc!.id })
  const theme = async (name: string) => (await t.api['themes.list']({})).find((x) => x.name === name)!.id
  return { t, api: t.api, doc: doc!.id, text: view.document.text, statements: view.statements, theme }
}

const input = (bytes: Uint8Array, fileName: string) => ({
  fileName,
  base64: Buffer.from(bytes).toString('base64')
})

async function codingsOf(api: Api, id: string): Promise<string[]> {
  const themes = new Map((await api['themes.list']({})).map((t) => [t.id, t.name]))
  const { statement } = await api['statements.get']({ id })
  return statement.codings.map(
    (c) => `${themes.get(c.themeId)} (${c.how}) ← ${(c.by ?? []).map((b) => b.coderName).join(', ')}`
  )
}

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

/**
 * A project from another tool over the seed article: users Carol and Dan; Carol codes statement 3 whole with
 * "Escalation risk" and writes a note, Dan codes words of statement 5 with a new code "Sanctions" and links them.
 */
function otherToolProject(
  text: string,
  s3: { start: number; end: number },
  s5: { start: number }
): Uint8Array {
  const cp = (utf16: number) => [...text.slice(0, utf16)].length
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Field study" origin="Other tool">
  <Users><User guid="${G(1)}" name="Carol"/><User guid="${G(2)}" name="Dan"/></Users>
  <CodeBook><Codes>
    <Code guid="${G(10)}" name="Escalation risk" isCodable="true"/>
    <Code guid="${G(11)}" name="Sanctions" isCodable="true" color="#112233"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${G(20)}" name="article" plainTextPath="internal://article.txt">
      <PlainTextSelection guid="${G(30)}" startPosition="${cp(s3.start)}" endPosition="${cp(s3.end)}" creatingUser="${G(1)}">
        <Coding guid="${G(40)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(10)}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${G(31)}" startPosition="${cp(s5.start)}" endPosition="${cp(s5.start) + 10}" creatingUser="${G(2)}">
        <Coding guid="${G(41)}" creatingUser="${G(2)}"><CodeRef targetGUID="${G(11)}"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
  <Notes><Note guid="${G(50)}" name="Carol's memo" creatingUser="${G(1)}"><PlainTextContent>Check the dates.</PlainTextContent></Note></Notes>
  <Links><Link guid="${G(60)}" name="supports" originGUID="${G(31)}" targetGUID="${G(30)}" creatingUser="${G(2)}"/></Links>
</Project>`
  return zipSync({ 'project.qde': strToU8(qde), 'sources/article.txt': strToU8(text) })
}

describe('merging a REFI-QDA project', () => {
  it("brings another tool's work in: its users become coders, its codes themes, a second merge changes nothing", async () => {
    const ann = await seeded('Ann')
    const [s3, s5] = [ann.statements[2]!, ann.statements[4]!]
    const file = otherToolProject(ann.text, s3, s5)

    const preview = await ann.api['merge.preview'](input(file, 'study.qdpx'))
    expect(preview).toMatchObject({
      kind: 'qdpx',
      from: 'Field study',
      refusal: null,
      documents: { matched: [{ id: ann.doc }], added: [], refused: [] },
      themes: { added: [{ path: 'Sanctions' }] }
    })
    expect(preview.themes.matched).toEqual([
      {
        id: await ann.theme('Escalation risk'),
        path: 'Escalation risk',
        theirPath: 'Escalation risk',
        by: 'path'
      }
    ])
    expect(preview.coders.map(({ id: _id, ...c }) => c)).toEqual([
      { name: 'Carol', isNew: true, codings: 1, annotations: 0, links: 0, notes: 1 },
      { name: 'Dan', isNew: true, codings: 1, annotations: 1, links: 1, notes: 0 }
    ])

    await ann.api['merge.apply'](input(file, 'study.qdpx'))
    expect(await codingsOf(ann.api, s3.id)).toEqual(['Escalation risk (statement) ← Carol'])
    expect(await codingsOf(ann.api, s5.id)).toEqual(['Sanctions (span) ← Dan'])
    const links = await ann.api['links.list']({ statementId: s5.id })
    expect(links).toEqual([expect.objectContaining({ fromId: s5.id, toId: s3.id, relation: 'supports' })])
    expect((await ann.api['notes.list']({})).map((n) => n.title)).toEqual(["Carol's memo"])
    expect((await ann.api['coders.list']({})).coders.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Ann', 'Carol', 'Dan'])
    )

    const once = await workspaceFingerprint(ann.t.core)
    expect((await ann.api['merge.apply'](input(file, 'study.qdpx'))).changes).toBe(0)
    expect(fingerprintDifference(once, await workspaceFingerprint(ann.t.core))).toBe('')
  })

  it('merges the REFI-QDA export of another Dossier workspace coded from the same seed', async () => {
    const ann = await seeded('Ann')
    const bob = await seeded('Bob')
    const s7 = bob.statements[6]!
    await bob.api['statements.tag']({
      statementIds: [s7.id],
      themeIds: [await bob.theme('Nuclear signalling')]
    })
    const exported = await bob.api['export.run']({ format: 'qdpx' })
    const file = new Uint8Array(Buffer.from(exported.files[0]!.base64!, 'base64'))

    const done = await ann.api['merge.apply'](input(file, 'bob.qdpx'))
    expect(done.documents.matched).toEqual([{ id: ann.doc, title: expect.any(String) }])
    expect(done.coders).toHaveLength(1)
    const local = s7.id.replace(bob.doc, ann.doc)
    expect(await codingsOf(ann.api, local)).toEqual([
      `Nuclear signalling (statement) ← ${done.coders[0]!.name}`
    ])
    expect((await ann.api['merge.apply'](input(file, 'bob.qdpx'))).changes).toBe(0)
  })

  it('refuses a project whose user has an empty name, changing nothing', async () => {
    const ann = await seeded('Ann')
    const qde = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p"><Users><User guid="${G(1)}" name=" "/></Users></Project>`
    const before = await workspaceFingerprint(ann.t.core)
    await expect(
      ann.api['merge.apply'](input(zipSync({ 'project.qde': strToU8(qde) }), 'p.qdpx'))
    ).rejects.toThrow(
      /^p\.qdpx: user 00000000-0000-4000-8000-000000000001 has an empty name; nothing was changed$/
    )
    expect(fingerprintDifference(before, await workspaceFingerprint(ann.t.core))).toBe('')
  })
})
