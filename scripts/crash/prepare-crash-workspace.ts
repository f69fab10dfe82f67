import { openCore } from '../../src/core/open-core'
import type { TrackedState } from './crash-model'
import { readTrackedState } from './read-tracked-state'
import { coreClient } from '../../src/core/core-client'

const SECOND_DOCUMENT = [
  'Kyiv, June 2.',
  'Officials said the new guidance applies only near Kharkiv.',
  'A Russian spokesman called the decision a dangerous escalation.',
  'Allied ministers said the change was limited and defensive.',
  'Analysts expect further requests for longer-range systems.'
].join(' ')

/**
 * Creates the crash test's workspace once (the seed ingest is slow to load) with a second document, so that a tag
 * across documents is a multi-file commit. Returns the state the first writer starts from.
 */
export async function prepareCrashWorkspace(dir: string): Promise<TrackedState> {
  const core = await openCore(dir, { create: 'seeded' })
  try {
    const api = coreClient(core)
    await api['import.file']({
      fileName: 'kharkiv.txt',
      base64: Buffer.from(SECOND_DOCUMENT).toString('base64'),
      title: 'Kharkiv guidance',
      date: '2024-06-02'
    })
    return await readTrackedState(api)
  } finally {
    await core.close()
  }
}
