import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { beforeEach, describe, expect, it } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import { DurableJsonFile, serializeJson, writeFileDurably } from './durable-json-file'
import { fsyncDir } from './fsync-dir'

let dir: string
beforeEach(async () => {
  dir = await testFolder()
})

describe('DurableJsonFile with lowdb', () => {
  it('keeps the default for a missing file, then writes and reads back compact JSON', async () => {
    const file = join(dir, 'db.json')
    const db = new Low(new DurableJsonFile<{ items: string[] }>(file), { items: [] })
    await db.read()
    expect(db.data).toEqual({ items: [] })
    await db.update((d) => d.items.push('a'))
    expect(await readFile(file, 'utf8')).toBe('{"items":["a"]}\n')

    const again = new Low(new DurableJsonFile<{ items: string[] }>(file), { items: [] })
    await again.read()
    expect(again.data.items).toEqual(['a'])
  })

  it('indents when asked', async () => {
    const file = join(dir, 'pretty.json')
    await new DurableJsonFile(file, { indent: 2 }).write({ a: 1 })
    expect(await readFile(file, 'utf8')).toBe('{\n  "a": 1\n}\n')
  })

  it('throws on a damaged file instead of returning null, so lowdb never writes defaults over it', async () => {
    const file = join(dir, 'db.json')
    await writeFile(file, '{"items": [')
    const db = new Low(new DurableJsonFile<{ items: string[] }>(file), { items: [] })
    await expect(db.read()).rejects.toThrow(SyntaxError)
    await writeFile(file, '')
    await expect(db.read()).rejects.toThrow('Unexpected end of JSON input')
    expect(await readFile(file, 'utf8')).toBe('')
  })

  it('tells a missing file from one that holds null, and ignores a byte-order mark', async () => {
    const adapter = new DurableJsonFile(join(dir, 'x.json'))
    expect(await adapter.readValue()).toEqual({ found: false })
    await writeFile(join(dir, 'x.json'), 'null')
    expect(await adapter.readValue()).toEqual({ found: true, value: null })
    await writeFile(join(dir, 'x.json'), '\ufeff{"a":1}')
    expect(await adapter.read()).toEqual({ a: 1 })
  })

  it('leaves the old file intact and no temp file behind when a write fails midway', async () => {
    const file = join(dir, 'db.json')
    await new DurableJsonFile(file).write({ version: 1 })
    const failing = new DurableJsonFile(file, {
      onTempFile: async (tmp) => {
        expect(tmp.startsWith(join(dir, 'db.json.'))).toBe(true) // the temp file is in the same folder
        await writeFile(tmp, '{"version": 2, "trunc') // half-written new content
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
      }
    })
    await expect(failing.write({ version: 2 })).rejects.toThrow('no space left on device')
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1 })
    expect(await readdir(dir)).toEqual(['db.json'])
  })

  it('fails (and writes nothing) when the folder does not exist', async () => {
    await expect(writeFileDurably(join(dir, 'nope', 'a.json'), serializeJson({}))).rejects.toMatchObject({
      code: 'ENOENT'
    })
  })
})

describe('fsyncDir', () => {
  it('syncs an existing folder and reports a missing one', async () => {
    await mkdir(join(dir, 'sub'))
    await expect(fsyncDir(join(dir, 'sub'))).resolves.toBeUndefined()
    await expect(fsyncDir(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
