import type * as Y from 'yjs'
import type { CoreService } from '../core/core-service'
import { BodyRoom } from '../core/sync/body-room'
import type { LiveBodies } from './live-body-socket'

/**
 * Live editors for the note bodies of a workspace's team Y.Doc (a WorkspaceSync's `doc`): each body is opened
 * as a BodyRoom, so what editors type goes through the sync path into the workspace and to the team. `docOf`
 * answers the doc in use now, or null while the workspace has none (then no body opens live).
 */
export function liveBodiesFor(
  docOf: () => Y.Doc | null,
  onLog: (line: string) => void = (line) => console.error(`dossier live: ${line}`)
): LiveBodies {
  return {
    open(owner, id, onGone) {
      const doc = docOf()
      const room = doc && BodyRoom.open(doc, owner, id, { onGone, onLog })
      if (!doc || !room) return null
      // Team sync stopped (its Y.Doc is destroyed): the editors go back to the note as stored.
      const stopped = () => {
        room.close()
        onGone()
      }
      doc.on('destroy', stopped)
      return {
        doc: room.doc,
        close: () => {
          doc.off('destroy', stopped)
          room.close()
        }
      }
    },
    available: () => docOf() !== null
  }
}

/** Live editors for what a core shares with its team (`CoreService.liveDoc`), or none when it cannot. */
export function liveBodiesOf(core: CoreService): LiveBodies | undefined {
  const { liveDoc } = core
  return liveDoc && liveBodiesFor(() => liveDoc.call(core))
}
