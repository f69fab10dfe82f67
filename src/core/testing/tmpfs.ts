import { execFileSync } from 'node:child_process'
import { statfsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Test helper: a small real file system (tmpfs) to fill up or make read-only. Mounting needs root (CI runs as
 * root); where it is not permitted, `mountTmpfs` returns false and the tests say in their names that they fall
 * back to fault injection.
 */
export function mountTmpfs(dir: string, sizeKb: number): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', dir], {
      stdio: 'ignore'
    })
    return true
  } catch {
    return false
  }
}

/**
 * Whether this machine lets the tests mount a tmpfs (tried once in a throwaway folder). DOSSIER_TEST_NO_MOUNT=1
 * says no, to run the fault-injection fallbacks where mounting works.
 */
export async function canMountTmpfs(base: string): Promise<boolean> {
  if (process.env.DOSSIER_TEST_NO_MOUNT === '1') return false
  const probe = join(base, 'mount-probe')
  await mkdir(probe, { recursive: true })
  if (!mountTmpfs(probe, 64)) return false
  unmount(probe)
  return true
}

export function remountReadOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' })
}

export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' })
  } catch {
    // Not mounted.
  }
}

/** Fills the file system of `dir` until `leaveBytes` (rounded to blocks) are free. */
export async function fillUp(dir: string, leaveBytes: number): Promise<void> {
  const { bavail, bsize } = statfsSync(dir)
  const size = Math.max(0, bavail * bsize - leaveBytes)
  await writeFile(join(dir, 'filler'), Buffer.alloc(size))
}
