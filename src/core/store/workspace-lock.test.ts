import { spawn, type ChildProcess } from 'node:child_process'
import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { hostname } from 'node:os'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import { StoreError } from './store-error'
import { HOLDER_FILE, LOCK_DIR, WorkspaceLock } from './workspace-lock'

const properLockfile = createRequire(import.meta.url).resolve('proper-lockfile')
/** A child process that locks `dir` like Dossier does, as "dossier serve"; with 'die' it then kills itself. */
const CHILD = `
const lockfile = require(${JSON.stringify(properLockfile)});
const fs = require('fs'), os = require('os'), path = require('path');
const [dir, mode] = process.argv.slice(1);
lockfile.lock(dir, { lockfilePath: path.join(dir, '.lock'), retries: 0 }).then(() => {
  fs.writeFileSync(path.join(dir, '.lock-holder.json'), JSON.stringify({
    pid: process.pid, hostname: os.hostname(), command: 'dossier serve', since: new Date().toISOString() }));
  if (mode === 'die') process.kill(process.pid, 'SIGKILL'); // no exit handler runs: the lock stays behind
  process.stdout.write('locked\\n');
  setInterval(() => {}, 1000);
}, (err) => { console.error(err); process.exit(1); });
`

function lockInChild(dir: string, mode: 'hold' | 'die'): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', CHILD, dir, mode], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    if (mode === 'die') child.on('exit', () => resolve(child))
    else child.stdout?.on('data', () => resolve(child))
    child.on('error', reject)
  })
}

let dir: string
const children: ChildProcess[] = []
beforeEach(async () => {
  dir = await testFolder()
})
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
})

describe('WorkspaceLock', () => {
  it('writes a holder file naming this process and removes it on release', async () => {
    const lock = await WorkspaceLock.acquire(dir)
    const holder = JSON.parse(await readFile(join(dir, HOLDER_FILE), 'utf8'))
    expect(holder).toMatchObject({ pid: process.pid, hostname: hostname() })
    expect(holder.command).toBe(process.argv.slice(1).join(' ').slice(0, 200))
    expect(Date.parse(holder.since)).not.toBeNaN()
    expect((await stat(join(dir, LOCK_DIR))).isDirectory()).toBe(true)

    await lock.release()
    await expect(stat(join(dir, HOLDER_FILE))).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(stat(join(dir, LOCK_DIR))).rejects.toMatchObject({ code: 'ENOENT' })
    await (await WorkspaceLock.acquire(dir)).release() // free again
  })

  it('takes a lock released while it was finding out who held it (no holder file yet, or any more)', async () => {
    const other = await lockfile.lock(dir, { lockfilePath: join(dir, LOCK_DIR), retries: 0 })
    setTimeout(() => void other(), 60)
    const lock = await WorkspaceLock.acquire(dir)
    expect(JSON.parse(await readFile(join(dir, HOLDER_FILE), 'utf8'))).toMatchObject({ pid: process.pid })
    await lock.release()
  })

  it('names no holder when one holds the lock without saying who', async () => {
    const other = await lockfile.lock(dir, { lockfilePath: join(dir, LOCK_DIR), retries: 0 })
    await expect(WorkspaceLock.acquire(dir)).rejects.toThrow(/is in use by another Dossier process/)
    await other()
  })

  it('refuses a second lock in the same process', async () => {
    const lock = await WorkspaceLock.acquire(dir)
    const err = await WorkspaceLock.acquire(dir).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StoreError)
    expect((err as StoreError).code).toBe('LOCKED')
    expect((err as StoreError).message).toContain(`pid ${process.pid} (this process)`)
    await lock.release()
  })

  it('refuses a lock held by another live process and names the holder', async () => {
    const child = await lockInChild(dir, 'hold')
    children.push(child)
    const err = await WorkspaceLock.acquire(dir).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'LOCKED' })
    expect((err as Error).message).toMatch(
      new RegExp(
        `^workspace ${dir} is in use by "dossier serve" \\(pid ${child.pid} on host ${hostname()}, since 20`
      )
    )
  })

  it('takes over at once a lock left by a dead process on this host', async () => {
    const child = await lockInChild(dir, 'die')
    const holder = JSON.parse(await readFile(join(dir, HOLDER_FILE), 'utf8'))
    expect(holder.pid).toBe(child.pid)
    // The lock is fresh: proper-lockfile alone would refuse it until its stale timeout.
    expect(await lockfile.check(dir, { lockfilePath: join(dir, LOCK_DIR) })).toBe(true)

    const lock = await WorkspaceLock.acquire(dir)
    expect(JSON.parse(await readFile(join(dir, HOLDER_FILE), 'utf8')).pid).toBe(process.pid)
    await lock.release()
  })

  it('does not take over a lock whose holder is alive, nor one held from another host', async () => {
    const release = await lockfile.lock(dir, { lockfilePath: join(dir, LOCK_DIR) })
    const holder = {
      pid: process.ppid,
      hostname: hostname(),
      command: 'dossier gui',
      since: '2026-01-01T00:00:00Z'
    }
    await writeFile(join(dir, HOLDER_FILE), JSON.stringify(holder))
    await expect(WorkspaceLock.acquire(dir)).rejects.toThrow(
      `workspace ${dir} is in use by "dossier gui" (pid ${process.ppid} on host ${hostname()}, since 2026-01-01T00:00:00Z)`
    )
    await writeFile(
      join(dir, HOLDER_FILE),
      JSON.stringify({ ...holder, pid: 999_999_999, hostname: 'elsewhere' })
    )
    await expect(WorkspaceLock.acquire(dir)).rejects.toMatchObject({ code: 'LOCKED' })
    await rm(join(dir, HOLDER_FILE))
    await expect(WorkspaceLock.acquire(dir)).rejects.toThrow(
      `workspace ${dir} is in use by another Dossier process`
    )
    await release()
  })

  it('survives losing the lock: records it and logs to stderr instead of crashing', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      const lock = await WorkspaceLock.acquire(dir, { stale: 2000 })
      await rm(join(dir, LOCK_DIR), { recursive: true }) // someone removed our lock
      await vi.waitFor(() => expect(lock.compromised).not.toBeNull(), { timeout: 5000, interval: 100 })
      expect(String(stderr.mock.calls.at(-1)?.[0])).toContain(`lost the lock on workspace ${dir}`)
      await lock.release() // does not throw
    } finally {
      stderr.mockRestore()
    }
  })
})
