import { randomBytes } from 'node:crypto'

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/** A short random id (no look-alike characters), e.g. `th-k3x9q2mz`. */
export function newId(prefix: string, length = 8): string {
  const bytes = randomBytes(length)
  let id = ''
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length]
  return `${prefix}-${id}`
}

export const nowIso = (): string => new Date().toISOString()
