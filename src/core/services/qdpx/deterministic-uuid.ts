import { createHash } from 'node:crypto'

/** Dossier's UUID namespace (random, fixed forever: changing it changes every exported GUID). */
export const DOSSIER_UUID_NAMESPACE = '13ac8bf2-1985-406d-903b-045015dce059'

const NAMESPACE_BYTES = Buffer.from(DOSSIER_UUID_NAMESPACE.replace(/-/g, ''), 'hex')

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of Dossier's namespace and the name), so the same Dossier ids
 * give the same GUIDs on every export. The parts are joined with NUL, which ids and kinds never contain.
 */
export function deterministicUuid(...parts: string[]): string {
  const hash = createHash('sha1').update(NAMESPACE_BYTES).update(parts.join('\u0000'), 'utf8').digest()
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
