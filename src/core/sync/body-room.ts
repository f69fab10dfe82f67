import * as Y from 'yjs'
import { bodyMap, fragmentContent, isBody, updateFragment, type BodyOwner } from './rich-bodies'

/** The name of the fragment a room's Y.Doc holds the body in (what an editor binds to). */
export const ROOM_FIELD = 'body'

/**
 * Origin of what a live editor wrote into the workspace Y.Doc: not a LOCAL edit, so the sync commits it to the
 * workspace the way it commits teammates' changes (checked first), and sends it to the team like any change.
 */
export const FROM_EDITOR = Symbol('from a live editor')
const FROM_WORKSPACE = Symbol('from the workspace Y.Doc')

/**
 * One note body (or highlight note) as a Y.Doc of its own, for live editors to sync with (y-protocols). It is
 * kept in step with the body in the workspace Y.Doc both ways, synchronously and by structural diffs, so what
 * teammates type reaches the editors and what the editors type reaches the team, each keeping the other's.
 */
export class BodyRoom {
  readonly doc = new Y.Doc()
  readonly fragment = this.doc.getXmlFragment(ROOM_FIELD)
  private readonly stop: () => void
  private closed = false

  private constructor(
    private readonly workspace: Y.Doc,
    private readonly owner: BodyOwner,
    readonly id: string,
    private readonly events: { onGone(): void; onLog(line: string): void }
  ) {
    this.pull()
    const onRoom = (_update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_WORKSPACE) this.push()
    }
    this.doc.on('update', onRoom)
    const map = bodyMap(workspace, owner)
    const onWorkspace = (events: Y.YEvent<Y.AbstractType<unknown>>[], tx: Y.Transaction) => {
      if (tx.origin === FROM_EDITOR) return
      const touched = events.some((e) =>
        e.target === map ? (e as Y.YMapEvent<unknown>).keysChanged.has(id) : e.path[0] === id
      )
      if (touched) this.pull()
    }
    map.observeDeep(onWorkspace)
    this.stop = () => {
      this.doc.off('update', onRoom)
      map.unobserveDeep(onWorkspace)
    }
  }

  /** A room on the body of `id`, or null when it has none (no such note, or content only carried whole). */
  static open(
    workspace: Y.Doc,
    owner: BodyOwner,
    id: string,
    events: { onGone(): void; onLog(line: string): void }
  ): BodyRoom | null {
    return isBody(bodyMap(workspace, owner).get(id)) ? new BodyRoom(workspace, owner, id, events) : null
  }

  private target(): Y.XmlFragment | null {
    const fragment = bodyMap(this.workspace, this.owner).get(this.id)
    if (isBody(fragment)) return fragment
    this.close()
    this.events.onGone()
    return null
  }

  private pull(): void {
    const target = this.target()
    if (!target) return
    try {
      const content = fragmentContent(target)
      this.doc.transact(() => updateFragment(this.doc, this.fragment, content), FROM_WORKSPACE)
    } catch {
      // A body refused from the server stays out of the editors, as it stays out of the workspace.
    }
  }

  private push(): void {
    if (this.closed) return
    let content
    try {
      content = fragmentContent(this.fragment)
    } catch (err) {
      this.events.onLog(`refused from an editor: ${this.owner}/${this.id}: ${(err as Error).message}`)
      return this.pull()
    }
    const target = this.target()
    if (target) this.workspace.transact(() => updateFragment(this.workspace, target, content), FROM_EDITOR)
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.stop()
    this.doc.destroy()
  }
}
