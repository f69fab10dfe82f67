import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'

const MIN_TOKEN_LENGTH = 16

/** A new team token: 32 random bytes, URL-safe. */
export const newTeamToken = (): string => randomBytes(32).toString('base64url')

/** The token in a file (its first line, trimmed); a short or empty one is refused. */
export async function readTeamToken(file: string): Promise<string> {
  const token = (await readFile(file, 'utf8')).split(/\r?\n/)[0]!.trim()
  if (token.length < MIN_TOKEN_LENGTH)
    throw new Error(`${file}: a team token must be at least ${MIN_TOKEN_LENGTH} characters on its first line`)
  return token
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest()

/** Compares in constant time (over digests, so the length of the expected token does not leak either). */
export const tokenMatches = (expected: string, given: unknown): boolean =>
  typeof given === 'string' && timingSafeEqual(digest(expected), digest(given))
