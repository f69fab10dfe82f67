import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { DamagedFile } from './files'
import { JOURNAL_FILE, REJECTED_JOURNAL_FILE, readJournal } from './journal'
import { loadWorkspace } from './load-workspace'
import { describeError } from './store-error'

/** What `dossier check` reports: damaged files, entries it did not read, and states worth knowing. */
export interface WorkspaceReport {
  /** Files that fail to read or validate, or are not files where a workspace file belongs: `check` fails. */
  damaged: DamagedFile[]
  /** Entries that are no part of a workspace (other files, links, folders): ignored, listed with why. */
  ignored: DamagedFile[]
  /** Not damage, but worth knowing: a save in progress or interrupted, a journal set aside, leftover temp files. */
  notices: DamagedFile[]
}

/** Validates every file of the workspace (and its journal) and lists everything else, without writing. */
export async function inspectWorkspace(dir: string): Promise<WorkspaceReport> {
  const { damaged, ignored, tempFiles } = await loadWorkspace(dir)
  const notices: DamagedFile[] = []
  const journal = await readJournal(dir).catch((err) => ({
    state: 'invalid' as const,
    reason: describeError(err)
  }))
  if (journal.state === 'torn') {
    damaged.push({ file: JOURNAL_FILE, reason: `${journal.reason} (an interrupted save; discarded on open)` })
  }
  if (journal.state === 'invalid') damaged.push({ file: JOURNAL_FILE, reason: journal.reason })
  if (journal.state === 'ok') {
    const keys = journal.writes.map((w) => w.key)
    const files = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ` and ${keys.length - 5} more files` : '')
    notices.push({
      file: JOURNAL_FILE,
      reason: `a save of ${files} is in progress or was interrupted; it is completed when the workspace is next opened for writing (the app, or a dossier command that saves)`
    })
  }
  if (existsSync(join(dir, REJECTED_JOURNAL_FILE))) {
    notices.push({
      file: REJECTED_JOURNAL_FILE,
      reason: 'an interrupted save that failed validation, set aside and not applied; kept for inspection'
    })
  }
  for (const file of tempFiles)
    notices.push({
      file,
      reason: 'left by an interrupted write; removed when the workspace is next opened for writing'
    })
  return { damaged, ignored, notices }
}
