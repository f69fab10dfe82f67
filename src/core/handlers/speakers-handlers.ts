import type { Speaker } from '../../shared/domain'
import { ApiError, type NamespaceHandlers } from '../../shared/api'
import type { Change } from '../model/change'
import { newId } from '../model/new-id'
import type { Workspace } from '../workspace'
import { findSpeakerByName } from '../../shared/domain/speaker-name'

export function speakersHandlers(ws: Workspace): NamespaceHandlers<'speakers'> {
  const s = ws.state
  const get = (id: string): Speaker => {
    const sp = s.speakers.get(id)
    if (!sp) throw new ApiError('NOT_FOUND', `no speaker with id "${id}"`)
    return sp
  }
  const assertFree = (name: string, exceptId?: string) => {
    const other = findSpeakerByName(s.speakers.values(), name)
    if (other && other.id !== exceptId)
      throw new ApiError('CONFLICT', `a speaker named “${other.name}” already exists`)
  }
  return {
    'speakers.list': () =>
      ws.read(() => [...s.speakers.values()].sort((a, b) => a.name.localeCompare(b.name))),

    'speakers.create': (input) =>
      ws.mutate(`Add speaker “${input.name}”`, () => {
        assertFree(input.name)
        const sp: Speaker = {
          id: newId('sp'),
          name: input.name.trim(),
          aliases: input.aliases ?? [],
          role: input.role ?? null
        }
        return { changes: [{ kind: 'speaker', before: null, after: sp }], result: sp }
      }),

    'speakers.update': (input) =>
      ws.mutate('Edit speaker', () => {
        const before = get(input.id)
        if (input.name) assertFree(input.name, before.id)
        const after: Speaker = {
          ...before,
          name: input.name?.trim() ?? before.name,
          aliases: input.aliases ?? before.aliases,
          role: input.role === undefined ? before.role : input.role
        }
        return { changes: [{ kind: 'speaker', before, after }], result: after }
      }),

    'speakers.merge': (input) =>
      ws.mutate('Merge speakers', () => {
        const from = get(input.fromId)
        const into = get(input.intoId)
        if (from.id === into.id) throw new ApiError('INVALID_INPUT', 'cannot merge a speaker into itself')
        const aliases = mergedAliases(into, from)
        if (aliases.length > MAX_ALIASES)
          throw new ApiError(
            'INVALID_INPUT',
            `“${into.name}” would have ${aliases.length} other names; a speaker keeps at most ${MAX_ALIASES}`
          )
        const changes: Change[] = [...(s.statementsBySpeaker.get(from.id) ?? [])].map((id) => {
          const st = s.statements.get(id)!
          return { kind: 'statement', before: st, after: { ...st, speakerId: into.id } }
        })
        const after: Speaker = { ...into, aliases }
        changes.push({ kind: 'speaker', before: into, after })
        changes.push({ kind: 'speaker', before: from, after: null })
        return { changes, result: after }
      }),

    'speakers.delete': (input) =>
      ws.mutate('Delete speaker', () => {
        const sp = get(input.id)
        const changes: Change[] = [...(s.statementsBySpeaker.get(sp.id) ?? [])].map((id) => {
          const st = s.statements.get(id)!
          return {
            kind: 'statement',
            before: st,
            after: { ...st, speakerId: null, attribution: { method: 'none' } }
          }
        })
        changes.push({ kind: 'speaker', before: sp, after: null })
        return { changes, result: { ok: true as const } }
      })
  }
}

const MAX_ALIASES = 50

/** `into`'s aliases, then `from`'s name and aliases: each name once (ignoring case), never `into`'s own name. */
function mergedAliases(into: Speaker, from: Speaker): string[] {
  const seen = new Set([into.name.toLowerCase()])
  const out: string[] = []
  for (const name of [...into.aliases, from.name, ...from.aliases]) {
    const key = name.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    out.push(name)
  }
  return out
}
