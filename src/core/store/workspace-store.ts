import { stat, unlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { applyWrites } from './apply-writes'
import { checkWrites, type CommitWrite } from './check-writes'
import {
  documentFileKey,
  noteFileKey,
  type DamagedFile,
  type DocumentFile,
  type FileKey,
  type LinksFile,
  type NoteFile,
  type WorkspaceFile
} from './files'
import { inspectWorkspace, type WorkspaceReport } from './inspect-workspace'
import { JOURNAL_FILE, readJournal, removeJournal, writeJournal } from './journal'
import { keepMissingBackups } from './keep-missing-backups'
import { loadWorkspace } from './load-workspace'
import { MISSING_REASON } from './read-checked-file'
import { recoverJournal } from './recover-journal'
import { restoreFromBackup } from './restore-from-backup'
import { emptyStoreData, setFileData, type CheckedWrite, type StoreData } from './store-data'
import { StoreError, describeError, ioError } from './store-error'
import type { StoreHooks } from './store-hooks'
import {
  assertNoWorkspace,
  assertWorkspace,
  makeWorkspaceFolder,
  makeWorkspaceFolders
} from './workspace-folder'
import { WorkspaceLock } from './workspace-lock'
import { workspaceKeyOf } from './workspace-key-of'

export type { StoreData } from './store-data'
export type { StoreHooks } from './store-hooks'
export type { WorkspaceReport } from './inspect-workspace'

export interface OpenOptions {
  /** Read without taking the lock; commits are refused. */
  readOnly?: boolean
  /** Called as files are read: (files read, files in total). */
  onProgress?: (done: number, total: number) => void
  /** Test seams; production code passes none. */
  hooks?: StoreHooks
}

export interface InitialWorkspace {
  workspace: WorkspaceFile
  links: LinksFile
  documents?: DocumentFile[]
  notes?: NoteFile[]
}

/**
 * The on-disk store of one workspace folder: workspace.json, links.json, documents/<id>.json, notes/<id>.json,
 * with `.backup/` (last good copy of each file), `.journal.json` (multi-file commits) and a single-writer lock.
 */
export class WorkspaceStore {
  private pending: CheckedWrite[] | null = null
  private queue: Promise<void> = Promise.resolve()
  private closed = false

  /**
   * `data`: the workspace in memory, updated by each commit; treat it as read-only (change files via commit).
   * `damaged`: files that failed to read or validate; they are never written until restored.
   */
  private constructor(
    readonly dir: string,
    readonly readOnly: boolean,
    readonly data: StoreData,
    readonly damaged: DamagedFile[],
    private readonly lock: WorkspaceLock | null,
    private readonly hooks: StoreHooks | undefined
  ) {}

  /** Creates a workspace in `dir` (made if needed) and returns it open and locked. Refuses an existing one. */
  static async create(
    dir: string,
    initial: InitialWorkspace,
    opts: { hooks?: StoreHooks } = {}
  ): Promise<WorkspaceStore> {
    dir = resolve(dir)
    const writes = checkWrites(dir, [
      ...(initial.documents ?? []).map((d) => ({ file: documentFileKey(String(d?.document?.id)), data: d })),
      ...(initial.notes ?? []).map((n) => ({ file: noteFileKey(String(n?.note?.id)), data: n })),
      { file: 'links.json', data: initial.links },
      { file: 'workspace.json', data: initial.workspace } // last: the folder is a workspace only once all is written
    ])
    await makeWorkspaceFolder(dir)
    await assertNoWorkspace(dir)
    const lock = await WorkspaceLock.acquire(dir)
    try {
      await assertNoWorkspace(dir)
      await makeWorkspaceFolders(dir)
      await applyWrites(dir, writes.slice(0, -1), { hooks: opts.hooks })
      await applyWrites(dir, writes.slice(-1), { hooks: opts.hooks })
    } catch (err) {
      await lock.release()
      throw ioError(`could not create workspace ${dir}`, err)
    }
    const data = emptyStoreData()
    for (const w of writes) setFileData(data, w)
    return new WorkspaceStore(dir, false, data, [], lock, opts.hooks)
  }

  /**
   * Opens the workspace in `dir`. Unless read-only: takes the lock, completes or discards an interrupted commit,
   * and writes back files migrated from an older schema. Damaged files are listed in `damaged`, not thrown.
   */
  static async open(dir: string, opts: OpenOptions = {}): Promise<WorkspaceStore> {
    dir = resolve(dir)
    await assertWorkspace(dir)
    const { hooks } = opts
    const readOnly = opts.readOnly ?? false
    const lock = readOnly ? null : await WorkspaceLock.acquire(dir)
    try {
      let journalDamage: DamagedFile[] = []
      if (!readOnly) {
        await makeWorkspaceFolders(dir)
        journalDamage = await recoverJournal(dir, hooks)
      }
      const loaded = await loadWorkspace(dir, { onProgress: opts.onProgress, hooks })
      const store = new WorkspaceStore(dir, readOnly, loaded.data, loaded.damaged, lock, hooks)
      store.damaged.push(...journalDamage)
      if (readOnly) {
        // A writer may be mid-commit (or crashed): show the state its journal leads to.
        const journal = await readJournal(dir).catch((err) => ({
          state: 'invalid' as const,
          reason: describeError(err)
        }))
        if (journal.state === 'ok') store.remember(journal.writes)
        if (journal.state === 'invalid') store.damaged.push({ file: JOURNAL_FILE, reason: journal.reason })
      } else {
        await Promise.all(loaded.tempFiles.map((f) => unlink(join(dir, f)).catch(() => {})))
        if (loaded.migrated.length > 0) {
          // Not fatal: a file left at the older schema is migrated again on the next open.
          await applyWrites(dir, loaded.migrated, { hooks, concurrency: 16 }).catch((err) =>
            process.stderr.write(`Dossier: could not save upgraded files in ${dir}: ${describeError(err)}\n`)
          )
        }
        // In turn with the commits, not holding up the open. Not fatal: what is missing is made next time.
        void store.serialized(() =>
          keepMissingBackups(dir, loaded.validFiles).catch((err) =>
            process.stderr.write(
              `Dossier: could not keep a copy of every file in ${dir}: ${describeError(err)}\n`
            )
          )
        )
      }
      return store
    } catch (err) {
      await lock?.release()
      throw ioError(`could not open workspace ${dir}`, err)
    }
  }

  /** Validates every file of the workspace (and its journal) without taking the lock or writing anything. */
  static async check(dir: string): Promise<DamagedFile[]> {
    return (await WorkspaceStore.inspect(dir)).damaged
  }

  /** Like check, and also lists the entries that are not read and what is worth knowing (a pending save). */
  static async inspect(dir: string): Promise<WorkspaceReport> {
    dir = resolve(dir)
    await assertWorkspace(dir)
    try {
      return await inspectWorkspace(dir)
    } catch (err) {
      throw ioError(`could not check workspace ${dir}`, err)
    }
  }

  /** Puts the backup of `file` (e.g. `documents/abc.json`) back in place. Takes the lock for the duration. */
  static async restore(dir: string, file: string): Promise<void> {
    dir = resolve(dir)
    const key = workspaceKeyOf(dir, file)
    try {
      if (!(await stat(dir)).isDirectory()) throw new Error('not a folder')
    } catch {
      throw new StoreError('NOT_A_WORKSPACE', `${dir} is not a Dossier workspace (folder not found)`)
    }
    const lock = await WorkspaceLock.acquire(dir)
    try {
      await restoreFromBackup(dir, key)
    } finally {
      await lock.release()
    }
  }

  /**
   * Writes files (full content; null deletes). Every write is validated first; nothing is written if one is
   * invalid, targets a damaged file, or the store is read-only. Several files are committed atomically through
   * the journal: if this throws after the journal was written, the commit is completed by the next commit or open.
   */
  commit(writes: ReadonlyArray<{ file: FileKey; data: unknown | null }>): Promise<void> {
    return this.serialized(async () => {
      this.assertWritable(writes.map((w) => w.file).join(', '))
      // Before validating: data built over a damaged file (e.g. no meta) would fail with a less useful message.
      for (const w of writes) {
        const damage = this.damaged.find((d) => d.file === w.file)
        if (damage && damage.reason !== MISSING_REASON) {
          throw new StoreError(
            'DAMAGED',
            `cannot save ${w.file} in workspace ${this.dir}: the file is damaged (${damage.reason}); restore it from its backup first`
          )
        }
      }
      const checked = checkWrites(this.dir, writes as readonly CommitWrite[])
      if (checked.length === 0) return
      await this.finishPending()
      const what = `could not save ${checked.map((w) => w.key).join(', ')} in workspace ${this.dir}`
      if (checked.length === 1) {
        try {
          await applyWrites(this.dir, checked, { hooks: this.hooks })
        } catch (err) {
          throw ioError(what, err)
        }
      } else {
        try {
          await writeJournal(this.dir, checked, this.hooks)
        } catch (err) {
          await removeJournal(this.dir).catch(() => (this.pending = checked))
          throw ioError(what, err)
        }
        this.pending = checked
        try {
          await this.hooks?.afterJournal?.()
          await applyWrites(this.dir, checked, { hooks: this.hooks })
          await removeJournal(this.dir, this.hooks)
        } catch (err) {
          const e = ioError(`${what} (it will be completed when the workspace is next saved or opened)`, err)
          throw new StoreError(e.code, e.message, { cause: err, journaled: true })
        }
        this.pending = null
      }
      this.remember(checked)
    })
  }

  /** Restores `file` from its backup while the store is open, and loads the restored content. */
  restoreFile(file: string): Promise<void> {
    return this.serialized(async () => {
      const key = workspaceKeyOf(this.dir, file)
      this.assertWritable(key)
      await this.finishPending()
      const context = { workspaceId: this.data.workspace?.meta.id ?? null }
      this.remember([await restoreFromBackup(this.dir, key, this.hooks, context)])
    })
  }

  /** Waits for running commits, then releases the lock. */
  close(): Promise<void> {
    return this.serialized(async () => {
      if (this.closed) return
      this.closed = true
      await this.lock?.release()
    })
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn)
    this.queue = run.then(
      () => undefined,
      () => undefined
    )
    return run
  }

  private assertWritable(files: string): void {
    if (this.closed) throw new StoreError('IO', `workspace ${this.dir} is closed; cannot save ${files}`)
    if (this.readOnly)
      throw new StoreError('READ_ONLY', `workspace ${this.dir} is open read-only; cannot save ${files}`)
    if (this.lock?.compromised) {
      throw new StoreError(
        'LOCKED',
        `lost the lock on workspace ${this.dir} (${this.lock.compromised.message}); reopen it to save ${files}`
      )
    }
  }

  /** Completes a multi-file commit whose journal was written but which failed part-way. */
  private async finishPending(): Promise<void> {
    if (!this.pending) return
    try {
      await applyWrites(this.dir, this.pending, { hooks: this.hooks, replay: true })
      await removeJournal(this.dir, this.hooks)
    } catch (err) {
      throw ioError(`could not complete an earlier save in workspace ${this.dir}`, err)
    }
    this.remember(this.pending)
    this.pending = null
  }

  /** Updates the in-memory data with written files; a written file is no longer damaged. */
  private remember(writes: readonly CheckedWrite[]): void {
    for (const w of writes) {
      setFileData(this.data, w)
      const i = this.damaged.findIndex((d) => d.file === w.key)
      if (i >= 0) this.damaged.splice(i, 1)
    }
  }
}
