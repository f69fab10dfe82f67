/** A failure of the operating system (a full disk, a read-only folder, a missing path…), not of Dossier. */
export type SystemError = NodeJS.ErrnoException & { code: string; syscall: string }

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EIO: 'input/output error (the disk may be failing)',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'it already exists',
  ENOTEMPTY: 'the folder is not empty',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many levels of symbolic links',
  EBUSY: 'it is busy',
  EXDEV: 'it is on another device'
}

/** Whether `err` (or an error it wraps, as `cause`) comes from a system call; returns that error. */
export function systemErrorOf(err: unknown): SystemError | null {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const x = e as Partial<SystemError>
    if (typeof x.code === 'string' && (typeof x.syscall === 'string' || x.code in REASONS))
      return x as SystemError
  }
  return null
}

/** A few words for a user: "no space left on device", "permission denied"…; the error's message otherwise. */
export function systemErrorReason(err: unknown): string {
  const sys = systemErrorOf(err)
  if (sys && REASONS[sys.code]) return REASONS[sys.code]!
  return (err as Error)?.message ?? String(err)
}

/** Permission denied or a read-only file system: a user can fix these by choosing another place. */
export const isPermissionError = (err: unknown): boolean =>
  ['EACCES', 'EPERM', 'EROFS'].includes(systemErrorOf(err)?.code ?? '')
