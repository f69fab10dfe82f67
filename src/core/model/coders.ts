import { createHash } from 'node:crypto'
import { userInfo } from 'node:os'
import { MAX_CODER_NAME, type Coder } from '../../shared/domain'

const FALLBACK_NAME = 'Analyst'
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/** The name a new workspace's coder gets: the operating system's user name, else "Analyst". */
export function defaultCoderName(): string {
  let name = ''
  try {
    name = userInfo().username
  } catch {
    // No user database entry (some containers): fall back to the environment.
    name = process.env.USER ?? process.env.LOGNAME ?? process.env.USERNAME ?? ''
  }
  name = name.trim().slice(0, MAX_CODER_NAME).trim()
  return name || FALLBACK_NAME
}

/**
 * The id of the coder credited with a workspace's work from before Dossier recorded coders. Derived from the
 * workspace id, so every file of the workspace migrates to the same coder, and two workspaces to different ones.
 */
export function legacyCoderId(workspaceId: string): string {
  const digest = createHash('sha256').update(workspaceId).digest()
  let id = ''
  for (const b of digest.subarray(0, 8)) id += ALPHABET[b % ALPHABET.length]
  return `cd-${id}`
}

/** The coders of a workspace.json and its current coder; one written before coders has the legacy coder. */
export function coderRoster(file: { meta: { id: string }; coders?: Coder[]; coderId?: string }): {
  coders: Coder[]
  coderId: string
} {
  if (file.coders?.length && file.coderId) return { coders: file.coders, coderId: file.coderId }
  const coders = file.coders?.length
    ? file.coders
    : [{ id: legacyCoderId(file.meta.id), name: defaultCoderName() }]
  return { coders, coderId: file.coderId ?? coders[0]!.id }
}
