import type { Speaker } from '../../shared/domain'

const norm = (x: string) =>
  x
    .toLowerCase()
    .replace(/\b(mr|mrs|ms|dr)\.?\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/** A speaker whose name or one of whose aliases matches, ignoring case and honorifics. */
export function findSpeakerByName(speakers: Iterable<Speaker>, name: string): Speaker | undefined {
  const wanted = norm(name)
  for (const sp of speakers)
    if (norm(sp.name) === wanted || sp.aliases.some((a) => norm(a) === wanted)) return sp
  return undefined
}
