import type { Speaker } from '../../shared/domain'
import { SCHEMA_VERSION, type FileKey } from '../store/files'
import type { WorkspaceState } from './workspace-state'

/** Up to this many speakers live in workspace.json; past it, in speakers.json. */
export const SPEAKERS_IN_WORKSPACE_LIMIT = 200

type Write = { file: FileKey; data: unknown }

/**
 * Where the speakers are saved. A small workspace keeps them in workspace.json, with the codebook, for people
 * reading the file. The cast of speakers grows with the documents, so once there are more than
 * SPEAKERS_IN_WORKSPACE_LIMIT the save that crosses it moves them to speakers.json (one journaled commit), and
 * from then on editing the codebook rewrites only the codebook.
 */
export class SpeakerFiles {
  private separate: boolean
  /** Speakers found in workspace.json although speakers.json exists: moved out on the next save. */
  private moveOut: boolean

  constructor(
    private readonly state: WorkspaceState,
    loaded: { inWorkspaceJson: number; speakersJson: boolean }
  ) {
    this.separate = loaded.speakersJson
    this.moveOut = loaded.speakersJson && loaded.inWorkspaceJson > 0
  }

  /** The files to write when the workspace metadata or codebook (`codebook`) or the speakers changed. */
  writesFor(codebook: boolean, speakers: boolean): { writes: Write[]; committed: () => void } {
    if (!codebook && !speakers) return { writes: [], committed: () => {} }
    const all = [...this.state.speakers.values()]
    if (!this.separate && all.length <= SPEAKERS_IN_WORKSPACE_LIMIT)
      return { writes: [this.workspaceJson(all)], committed: () => {} }
    const writes: Write[] = []
    if (codebook || !this.separate || this.moveOut) writes.push(this.workspaceJson([]))
    if (speakers || !this.separate || this.moveOut)
      writes.push({ file: 'speakers.json', data: { schemaVersion: SCHEMA_VERSION, speakers: all } })
    return {
      writes,
      committed: () => {
        this.separate = true
        this.moveOut = false
      }
    }
  }

  private workspaceJson(speakers: Speaker[]): Write {
    const s = this.state
    return {
      file: 'workspace.json',
      data: {
        schemaVersion: SCHEMA_VERSION,
        meta: s.meta,
        ...s.coderRoster(),
        themes: [...s.themes.values()],
        speakers,
        ...(s.removedThemes.size > 0 ? { removedThemes: [...s.removedThemes.values()] } : {})
      }
    }
  }
}
