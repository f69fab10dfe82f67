import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ROOM_FIELD } from '../core/sync/body-room'
import { bodyMap, writeBody } from '../core/sync/rich-bodies'
import { testFolder } from '../core/testing/temp-folder'
import { liveBodiesFor, liveBodiesOf } from './live-bodies-for'
import type { LiveBodies } from './live-body-socket'
import { startServer, type RunningServer } from './start-server'
import { createFakeCore } from './testing/fake-core'
import { liveClient, type LiveClient } from './testing/live-client'

let server: RunningServer
let workspace: Y.Doc
let rendererDir: string
const clients: LiveClient[] = []
const logged: string[] = []

const text = (texts: string[]) => ({
  type: 'doc',
  content: texts.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] }))
})
const body = () => bodyMap(workspace, 'notes').get('nt-1') as Y.XmlFragment

const live: LiveBodies = liveBodiesFor(
  () => workspace,
  (l) => logged.push(l)
)

const connect = (path = '/api/live/notes/nt-1', token = server.token, origin?: string) => {
  const c = liveClient(`ws://127.0.0.1:${server.port}${path}`, token, origin)
  clients.push(c)
  return c
}
async function until(check: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !check(); await new Promise((r) => setTimeout(r, 5)))
    if (Date.now() - started > 2000) throw new Error(`timed out waiting for ${what}`)
}

beforeEach(async () => {
  rendererDir = join(await testFolder('dossier-live-'), 'renderer')
  await mkdir(rendererDir, { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
  workspace = new Y.Doc()
  writeBody(workspace, 'notes', 'nt-1', text(['Shared text.']))
  server = await startServer({ core: createFakeCore(), rendererDir, port: 0, live })
})

afterEach(async () => {
  for (const c of clients.splice(0)) c.close()
  await server.close()
  logged.length = 0
})

describe('live editors of a note body over the loopback server', () => {
  it('relays what one editor types to the workspace and the other editor, and who is where', async () => {
    const [a, b] = [connect(), connect()]
    await Promise.all([a.synced, b.synced])
    const fragmentOf = (c: LiveClient) => c.doc.getXmlFragment(ROOM_FIELD)
    expect(fragmentOf(a).toString()).toBe('<paragraph>Shared text.</paragraph>')

    ;((fragmentOf(a).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(6, ' and typed')
    await until(() => fragmentOf(b).toString().includes('Shared and typed text.'), 'the text on b')
    expect(body().toString()).toBe('<paragraph>Shared and typed text.</paragraph>')

    writeBody(workspace, 'notes', 'nt-1', text(['Shared and typed text.', 'From a teammate.']))
    await until(() => fragmentOf(a).length === 2 && fragmentOf(b).length === 2, 'the teammate’s paragraph')

    a.awareness.setLocalStateField('user', { name: 'Ana Analyst', color: '#1f77b4' })
    await until(
      () => b.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Ana Analyst',
      'a’s name on b'
    )
    a.close()
    await until(() => !b.awareness.getStates().has(a.doc.clientID), 'a’s cursor to go')
  })

  it('says live editing is on while the workspace has a team Y.Doc, and only with the token', async () => {
    const ask = (token = server.token) =>
      fetch(`http://127.0.0.1:${server.port}/api/live`, { headers: { 'X-Dossier-Token': token } })
    expect(await (await ask()).json()).toEqual({ ok: true, result: { on: true } })
    expect((await ask('wrong-token')).status).toBe(401)
    await server.close()
    server = await startServer({
      core: createFakeCore(),
      rendererDir,
      port: 0,
      live: liveBodiesFor(() => null)
    })
    expect(await (await ask()).json()).toEqual({ ok: true, result: { on: false } })
    expect((await connect().closed).code).toBe(4404)
    await server.close()
    const core = createFakeCore()
    expect(liveBodiesOf(core)).toBeUndefined()
    server = await startServer({ core, rendererDir, port: 0, live: liveBodiesOf(core) })
    expect(await (await ask()).json()).toEqual({ ok: true, result: { on: false } })
  })

  it('refuses a wrong token, a foreign Origin, a body that is not live, and one that is gone', async () => {
    expect((await connect(undefined, 'wrong-token').closed).code).toBe(401)
    expect((await connect(undefined, server.token, 'http://evil.example').closed).code).toBe(403)
    expect((await connect('/api/live/notes/nt-none').closed).code).toBe(4404)
    expect((await connect('/api/live/other/nt-1').closed).code).toBe(404)
    const c = connect()
    await c.synced
    bodyMap(workspace, 'notes').delete('nt-1')
    expect((await c.closed).code).toBe(4404)
    writeBody(workspace, 'notes', 'nt-1', text(['Back.']))
    const d = connect()
    await d.synced
    workspace.destroy()
    expect((await d.closed).code).toBe(4404)
  })
})
