import { appendFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { testFolder } from '../core/testing/temp-folder'
import { syncServerStore } from './sync-server-store'

let dir = ''
beforeEach(async () => {
  dir = await testFolder('dossier-server-store-')
})

/** A doc as the server holds it, whose every update is appended as it is made. */
function editedDoc(store: ReturnType<typeof syncServerStore>, name: string) {
  const doc = new Y.Doc()
  doc.on('update', (u: Uint8Array) => store.append(name, u))
  return { doc, set: (k: string, v: string) => doc.getMap('m').set(k, v) }
}

async function loaded(name: string): Promise<Record<string, unknown>> {
  const saved = await syncServerStore(dir).load(name)
  const doc = new Y.Doc()
  if (saved) for (const u of [saved.state, ...saved.updates]) Y.applyUpdate(doc, u)
  return doc.getMap('m').toJSON()
}

describe("the sync server's files", () => {
  it('holds each update as soon as append returns, before any whole write (in a folder it makes)', async () => {
    dir = join(dir, 'data')
    const store = syncServerStore(dir)
    expect(await store.load('ws-a')).toBeNull()
    const { set } = editedDoc(store, 'ws-a')
    set('one', '1')
    set('two', '2')
    expect(await readdir(dir)).toEqual(['ws-a.ydoc-updates'])
    expect(await loaded('ws-a')).toEqual({ one: '1', two: '2' })
  })

  it('a whole write keeps what was appended while it ran, and drops what it holds from the log', async () => {
    const store = syncServerStore(dir)
    await store.load('ws-a')
    const { doc, set } = editedDoc(store, 'ws-a')
    set('before', 'b')
    const writing = store.compact('ws-a', () => Y.encodeStateAsUpdate(doc))
    let during: Uint8Array = new Uint8Array()
    doc.once('update', (u: Uint8Array) => (during = u))
    set('during', 'd')
    await writing
    expect(await loaded('ws-a')).toEqual({ before: 'b', during: 'd' })
    // The log holds the one update made during the write: its length and the update.
    expect((await stat(join(dir, 'ws-a.ydoc-updates'))).size).toBe(4 + during.length)
  })

  it('is written whole again only once the log outgrows a quarter of the doc (and 256 KB)', async () => {
    const store = syncServerStore(dir)
    await store.load('ws-a')
    const { doc, set } = editedDoc(store, 'ws-a')
    set('first', 'x')
    await store.compact('ws-a', () => Y.encodeStateAsUpdate(doc))
    const written = (await stat(join(dir, 'ws-a.ydoc'))).mtimeMs
    set('small', 'y')
    await store.compact('ws-a', () => Y.encodeStateAsUpdate(doc))
    expect((await stat(join(dir, 'ws-a.ydoc'))).mtimeMs).toBe(written)
    set('large', 'z'.repeat(300 * 1024))
    await store.compact('ws-a', () => Y.encodeStateAsUpdate(doc))
    expect((await stat(join(dir, 'ws-a.ydoc'))).mtimeMs).toBeGreaterThan(written)
    expect((await stat(join(dir, 'ws-a.ydoc-updates'))).size).toBe(0)
    expect(Object.keys(await loaded('ws-a')).sort()).toEqual(['first', 'large', 'small'])
  })

  it('cuts a record torn by a crash mid-append off the log, so later appends load', async () => {
    let store = syncServerStore(dir)
    await store.load('ws-a')
    editedDoc(store, 'ws-a').set('kept', 'k')
    await appendFile(join(dir, 'ws-a.ydoc-updates'), Buffer.from([200, 0, 0, 0, 1, 2]))

    store = syncServerStore(dir)
    const saved = await store.load('ws-a')
    const doc = new Y.Doc()
    for (const u of [saved!.state, ...saved!.updates]) Y.applyUpdate(doc, u)
    doc.on('update', (u: Uint8Array) => store.append('ws-a', u))
    doc.getMap('m').set('after', 'a')
    expect(await loaded('ws-a')).toEqual({ kept: 'k', after: 'a' })
  })

  it('refuses a name that is not a workspace id, writing nothing', async () => {
    const store = syncServerStore(dir)
    expect(() => store.append('../escape', new Uint8Array([0, 0]))).toThrow('not a workspace id')
    await expect(store.load('.hidden')).rejects.toThrow('not a workspace id')
    expect(await readdir(dir)).toEqual([])
  })
})
