import type { Api, OpInput } from '../../src/shared/api'
import type { Relation, RichDoc } from '../../src/shared/domain'
import type { CrashAction } from './crash-model'

const rich = (json: string) => JSON.parse(json) as RichDoc

/** Sends `action` through the API; resolves (once the write is durable) with the action, ids of creates filled in. */
export async function performAction(api: Api, action: CrashAction): Promise<CrashAction> {
  switch (action.op) {
    case 'tag':
    case 'untag': {
      const input: OpInput<'statements.tag'> = {
        statementIds: action.statementIds,
        themeIds: action.themeIds
      }
      await (action.op === 'tag' ? api['statements.tag'](input) : api['statements.untag'](input))
      return action
    }
    case 'annotate': {
      const a = await api['annotations.create']({
        documentId: action.documentId,
        start: action.start,
        end: action.end,
        note: rich(action.note),
        themeIds: action.themeIds
      })
      return { ...action, id: a.id, note: JSON.stringify(a.note) }
    }
    case 'annotation.update': {
      const a = await api['annotations.update']({ id: action.id, note: rich(action.note) })
      return { ...action, note: JSON.stringify(a.note) }
    }
    case 'annotation.delete':
      await api['annotations.delete']({ id: action.id })
      return action
    case 'link': {
      const l = await api['links.create']({
        fromId: action.fromId,
        toId: action.toId,
        relation: action.relation as Relation,
        note: action.note
      })
      return { ...action, id: l.id }
    }
    case 'link.update':
      await api['links.update']({ id: action.id, note: action.note })
      return action
    case 'link.delete':
      await api['links.delete']({ id: action.id })
      return action
    case 'note.create': {
      const n = await api['notes.create']({ title: action.title, content: rich(action.content) })
      return { ...action, id: n.id, content: JSON.stringify(n.content) }
    }
    case 'note.update': {
      const n = await api['notes.update']({ id: action.id, content: rich(action.content) })
      return { ...action, content: JSON.stringify(n.content) }
    }
    case 'note.delete':
      await api['notes.delete']({ id: action.id })
      return action
    case 'theme.create': {
      const t = await api['themes.create']({ name: action.name })
      return { ...action, id: t.id }
    }
    case 'theme.rename':
      await api['themes.update']({ id: action.id, name: action.name })
      return action
    case 'theme.merge':
      await api['themes.merge']({ fromId: action.fromId, intoId: action.intoId })
      return action
  }
}
