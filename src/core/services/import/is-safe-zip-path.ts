/**
 * False for a zip entry name that could escape the folder it is extracted to ("zip slip"): a `..` segment, an
 * absolute path (`/etc/x`, `C:x`, `//server/x`), a backslash (a separator on Windows), or a NUL.
 */
export function isSafeZipPath(name: string): boolean {
  if (name === '' || name.includes('\\') || name.includes('\0')) return false
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) return false
  return !name.split('/').some((segment) => segment === '..')
}
