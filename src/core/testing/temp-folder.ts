import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, onTestFinished } from 'vitest'

/** A new folder in the system's temp folder, removed with everything in it when the test ends (call it in a test or a beforeEach). */
export async function testFolder(prefix = 'dossier-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** A temp folder for all the tests of a file: made before them, removed with everything in it after them. */
export function fileFolder(prefix = 'dossier-test-'): () => string {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))
  return () => {
    if (!dir) throw new Error('fileFolder: the folder exists only while the tests of the file run')
    return dir
  }
}
