import { readFile, rm, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import { writeFileDurably } from './durable-json-file'
import { StoreError, describeError } from './store-error'

export const LOCK_DIR = '.lock'
export const HOLDER_FILE = '.lock-holder.json'
const MAX_COMMAND = 200

/** Who holds a workspace's lock, written beside the lock so another process can name it. */
export interface LockHolder {
  pid: number
  hostname: string
  command: string
  since: string
}

export async function readLockHolder(dir: string): Promise<LockHolder | null> {
  try {
    const raw = JSON.parse(await readFile(join(dir, HOLDER_FILE), 'utf8')) as Partial<LockHolder>
    if (!Number.isInteger(raw.pid) || (raw.pid as number) <= 0 || typeof raw.hostname !== 'string')
      return null
    return {
      pid: raw.pid as number,
      hostname: raw.hostname,
      command: typeof raw.command === 'string' ? raw.command : '?',
      since: typeof raw.since === 'string' ? raw.since : '?'
    }
  } catch {
    return null
  }
}

/**
 * The holder, waiting briefly for it: a process that has just taken the lock writes its holder file a moment
 * later, and the refusal should still name it.
 */
async function readLockHolderSoon(dir: string, tries = 8, delayMs = 25): Promise<LockHolder | null> {
  for (let i = 0; ; i++) {
    const holder = await readLockHolder(dir)
    if (holder || i + 1 >= tries) return holder
    await new Promise((r) => setTimeout(r, delayMs))
  }
}

/** True/false for a process on this host; null when the holder is on another host (cannot tell). */
export function isHolderAlive(holder: LockHolder): boolean | null {
  if (holder.hostname !== hostname()) return null
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH' // EPERM: alive, owned by another user
  }
}

/**
 * One writer per workspace: a proper-lockfile lock on the folder (`<dir>/.lock`, kept fresh while held) plus a
 * holder file `<dir>/.lock-holder.json`. A lock whose holder is a dead process on this host is taken over at
 * once; otherwise proper-lockfile's stale timeout applies. Known limit: two processes taking over the same dead
 * lock in the same instant can both succeed; proper-lockfile then reports the loser's lock as compromised.
 */
export class WorkspaceLock {
  /** Set when proper-lockfile found the lock taken from us; the holder must stop writing. */
  compromised: Error | null = null
  private releaseFn: (() => Promise<void>) | null = null

  private constructor(readonly dir: string) {}

  static async acquire(dir: string, opts: { stale?: number } = {}): Promise<WorkspaceLock> {
    const lock = new WorkspaceLock(dir)
    const options: lockfile.LockOptions = {
      lockfilePath: join(dir, LOCK_DIR),
      stale: opts.stale ?? 10_000,
      retries: 0,
      onCompromised: (err) => {
        lock.compromised = err
        process.stderr.write(`Dossier: lost the lock on workspace ${dir}: ${err.message}\n`)
      }
    }
    try {
      lock.releaseFn = await lockfile.lock(dir, options)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') {
        throw new StoreError('IO', `could not lock workspace ${dir}: ${describeError(err)}`, { cause: err })
      }
      const holder = await readLockHolderSoon(dir)
      if (holder && isHolderAlive(holder) !== false) throw lockedError(dir, holder)
      // No holder: it released the lock meanwhile, or is slow to say who it is; try once more. A holder that
      // died without releasing (crash, kill -9): take the lock over now.
      if (holder) await rm(join(dir, LOCK_DIR), { recursive: true, force: true })
      try {
        lock.releaseFn = await lockfile.lock(dir, options)
      } catch (again) {
        if ((again as NodeJS.ErrnoException).code === 'ELOCKED')
          throw lockedError(dir, await readLockHolderSoon(dir))
        throw new StoreError('IO', `could not lock workspace ${dir}: ${describeError(again)}`, {
          cause: again
        })
      }
    }
    const holder: LockHolder = {
      pid: process.pid,
      hostname: hostname(),
      command: process.argv.slice(1).join(' ').slice(0, MAX_COMMAND),
      since: new Date().toISOString()
    }
    try {
      await writeFileDurably(join(dir, HOLDER_FILE), JSON.stringify(holder) + '\n', { syncDir: false })
    } catch (err) {
      await lock.release()
      throw new StoreError('IO', `could not lock workspace ${dir}: ${describeError(err)}`, { cause: err })
    }
    return lock
  }

  /** Removes the holder file and releases the lock. Safe to call twice, and after the lock was compromised. */
  async release(): Promise<void> {
    const release = this.releaseFn
    if (!release) return
    this.releaseFn = null
    if (!this.compromised) await unlink(join(this.dir, HOLDER_FILE)).catch(() => {})
    await release().catch(() => {}) // ERELEASED once compromised: nothing left to release
  }
}

function lockedError(dir: string, holder: LockHolder | null): StoreError {
  if (!holder) return new StoreError('LOCKED', `workspace ${dir} is in use by another Dossier process`)
  const who = holder.pid === process.pid && holder.hostname === hostname() ? ' (this process)' : ''
  return new StoreError(
    'LOCKED',
    `workspace ${dir} is in use by "${holder.command}" (pid ${holder.pid}${who} on host ${holder.hostname}, since ${holder.since})`
  )
}
