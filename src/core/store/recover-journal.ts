import type { DamagedFile } from './files'
import { applyWrites } from './apply-writes'
import { JOURNAL_FILE, REJECTED_JOURNAL_FILE, readJournal, removeJournal, setJournalAside } from './journal'
import type { StoreHooks } from './store-hooks'

/**
 * Recovers from a commit interrupted by a crash; the caller holds the lock. A complete journal is replayed
 * (idempotently: files already written are skipped) and deleted. A torn journal (not valid JSON) is deleted:
 * the crash came while writing it, before any file was touched. A journal that parses but fails validation is
 * set aside unapplied and reported.
 */
export async function recoverJournal(dir: string, hooks?: StoreHooks): Promise<DamagedFile[]> {
  const journal = await readJournal(dir)
  switch (journal.state) {
    case 'none':
      return []
    case 'torn':
      await removeJournal(dir, hooks)
      return []
    case 'invalid':
      await setJournalAside(dir)
      return [
        { file: JOURNAL_FILE, reason: `${journal.reason} (not applied; kept as ${REJECTED_JOURNAL_FILE})` }
      ]
    case 'ok':
      await applyWrites(dir, journal.writes, { hooks, replay: true })
      await removeJournal(dir, hooks)
      return []
  }
}
