import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testFolder } from '../core/testing/temp-folder'
import type { CoreService } from '../core/core-service'
import { openCore } from '../core/open-core'
import { describeImport, exportToFile, importFile } from './import-export-files'

let dir: string
let core: CoreService

beforeEach(async () => {
  dir = await testFolder('dossier-menu-')
  core = await openCore(join(dir, 'ws'), { create: 'empty' })
})
afterEach(async () => {
  await core.close()
})

describe('importFile / exportToFile (File menu)', () => {
  it('imports a file from disk through import.file and exports through export.run', async () => {
    const source = join(dir, 'briefing.txt')
    await writeFile(source, 'The minister said the talks would resume. Officials declined to comment.\n')
    const result = await importFile(core, source)
    expect(result.imported).toHaveLength(1)
    expect(describeImport([result])).toBeNull()
    const again = await importFile(core, source)
    expect(describeImport([again])).toMatch(/^briefing\.txt: skipped/)

    const target = join(dir, 'snapshot.json')
    await exportToFile(core, 'json', target)
    expect(await readFile(target, 'utf8')).toContain('The minister said the talks would resume.')
  })

  it('refuses a multi-file export with a clear message', async () => {
    await expect(exportToFile(core, 'obsidian', join(dir, 'vault'))).rejects.toMatchObject({
      code: 'UNSUPPORTED'
    })
  })

  it('never writes into a workspace; replaces a file the save dialog asked about, atomically', async () => {
    await expect(exportToFile(core, 'json', join(dir, 'ws', 'backup.json'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: `refusing to write inside the workspace at ${join(dir, 'ws')}`
    })
    expect(await readdir(join(dir, 'ws'))).not.toContain('backup.json')
    const target = join(dir, 'notes.md')
    await writeFile(target, 'my own notes')
    await exportToFile(core, 'markdown', target)
    expect(await readFile(target, 'utf8')).toMatch(/^# /)
    expect((await readdir(dir)).sort()).toEqual(['notes.md', 'ws'])
  })
})
