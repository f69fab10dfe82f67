import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { type Api } from '../../shared/api'
import type { CoreService } from '../core-service'
import { openCore } from '../open-core'
import { coreClient } from '../core-client'

export interface TempCore {
  dir: string
  core: CoreService
  api: Api
  cleanup(): Promise<void>
}

/** A seeded (or empty) workspace in its own temp folder, with the typed API over it; outputs are validated too. */
export async function tempCore(create: 'seeded' | 'empty' = 'seeded'): Promise<TempCore> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-test-'))
  const core = await openCore(join(dir, 'ws'), { create, validateOutput: true })
  const api = coreClient(core)
  return {
    dir: join(dir, 'ws'),
    core,
    api,
    cleanup: async () => {
      await core.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
}

/** A tempCore closed and removed when the test ends (call it in a test or a beforeEach). */
export async function testCore(create: 'seeded' | 'empty' = 'seeded'): Promise<TempCore> {
  const t = await tempCore(create)
  onTestFinished(() => t.cleanup())
  return t
}
