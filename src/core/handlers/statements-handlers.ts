import type { Speaker, Statement } from '../../shared/domain'
import { ApiError, type NamespaceHandlers } from '../../shared/api'
import type { Change } from '../model/change'
import { newId } from '../model/new-id'
import { addThemes, removeThemes } from '../model/theme-codings'
import type { Workspace } from '../workspace'
import { queryStatements } from './statement-query'
import { StatementQueryCache } from './statement-query-cache'
import { perState } from './per-state'
import { getStatement, requireThemes } from './get-or-not-found'
import { toLinkView, toRow } from './to-api-views'
import { findSpeakerByName } from '../../shared/domain/speaker-name'

export function statementsHandlers(ws: Workspace): NamespaceHandlers<'statements'> {
  const s = ws.state
  const queries = perState(() => new StatementQueryCache())

  const retag = (statementIds: string[], themeIds: string[], add: boolean): Change[] => {
    requireThemes(s, themeIds)
    const changes: Change[] = []
    const stamp = s.stamp()
    for (const id of new Set(statementIds)) {
      const before = getStatement(s, id)
      const removed = () => removeThemes(before, themeIds)
      const after = add
        ? addThemes(before, themeIds, stamp)
        : (ws.codingScope?.keepHidden(before, removed()) ?? removed())
      if (after !== before) changes.push({ kind: 'statement', before, after })
    }
    return changes
  }
  const themeNames = (ids: string[]) => ids.map((t) => `“${s.themes.get(t)?.name ?? t}”`).join(', ')

  return {
    'statements.list': (input) =>
      ws.read(() => {
        const v = ws.viewState()
        const { total, items } = queryStatements(v, input, queries(v))
        return { total, items: items.map((st) => toRow(v, st)) }
      }),

    'statements.get': (input) =>
      ws.read(() => {
        const s = ws.viewState()
        const st = getStatement(s, input.id)
        const bundle = s.docs.get(st.documentId)!
        const annotations = bundle.annotations.filter((a) => a.start < st.end && a.end > st.start)
        const links = [...(s.linksByStatement.get(st.id) ?? [])].map((id) => s.links.get(id)!)
        return {
          statement: toRow(s, st),
          annotations,
          linksOut: links.filter((l) => l.fromId === st.id).map((l) => toLinkView(s, l)),
          linksIn: links.filter((l) => l.toId === st.id).map((l) => toLinkView(s, l)),
          citedBy: [...(s.notesByStatement.get(st.id) ?? [])].map((id) => ({
            id,
            title: s.notes.get(id)!.title
          }))
        }
      }),

    'statements.tag': (input) =>
      ws.mutate(`Tag with ${themeNames(input.themeIds)}`, () => {
        const changes = retag(input.statementIds, input.themeIds, true)
        return { changes, result: { changed: changes.length } }
      }),

    'statements.untag': (input) =>
      ws.mutate(`Remove tag ${themeNames(input.themeIds)}`, () => {
        const changes = retag(input.statementIds, input.themeIds, false)
        return { changes, result: { changed: changes.length } }
      }),

    'statements.setSpeaker': (input) =>
      ws
        .mutate('Change speaker', () => {
          const before = getStatement(s, input.statementId)
          const changes: Change[] = []
          let speakerId: string | null
          if (input.speakerName !== undefined) {
            let speaker: Speaker | undefined = findSpeakerByName(s.speakers.values(), input.speakerName)
            if (!speaker) {
              speaker = { id: newId('sp'), name: input.speakerName.trim(), aliases: [], role: null }
              changes.push({ kind: 'speaker', before: null, after: speaker })
            }
            speakerId = speaker.id
          } else {
            speakerId = input.speakerId ?? null
            if (speakerId && !s.speakers.has(speakerId))
              throw new ApiError('NOT_FOUND', `no speaker with id "${speakerId}"`)
          }
          const { by, at } = s.stamp()
          const who = by === null ? {} : { by }
          const after: Statement = {
            ...before,
            speakerId,
            attribution: speakerId ? { method: 'analyst', at, ...who } : { method: 'none', at, ...who }
          }
          changes.push({ kind: 'statement', before, after })
          return { changes, result: after.id }
        })
        .then((id) =>
          // The row as views show it: only the codings the view scope shows.
          ws.read(() => {
            const v = ws.viewState()
            return toRow(v, getStatement(v, id))
          })
        )
  }
}
