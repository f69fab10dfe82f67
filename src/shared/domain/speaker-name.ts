import type { Speaker } from './speaker'

/**
 * The form in which two speaker names are the same name: case, honorifics (Mr, Mrs, Ms, Dr) and spacing aside.
 * The one rule for matching a typed or imported name to a speaker, in the app, the CLI and the importers.
 */
export function speakerNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(mr|mrs|ms|dr)\.?\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A speaker whose name or one of whose aliases is the same name as `name` (speakerNameKey). */
export function findSpeakerByName<S extends Pick<Speaker, 'name' | 'aliases'>>(
  speakers: Iterable<S>,
  name: string
): S | undefined {
  const wanted = speakerNameKey(name)
  if (!wanted) return undefined
  for (const sp of speakers)
    if (speakerNameKey(sp.name) === wanted || sp.aliases.some((a) => speakerNameKey(a) === wanted)) return sp
  return undefined
}
