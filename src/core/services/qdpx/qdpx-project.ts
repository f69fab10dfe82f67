/** What a REFI-QDA project (.qdpx) holds that Dossier can take over. GUIDs are lower-case, without braces. */
export interface QdpxProject {
  /** The project's `name` attribute. */
  name: string
  /** The codebook, flattened in document order; `parentGuid` rebuilds the tree. */
  codes: QdpxCode[]
  /** Text sources (and the text representation of PDF sources), with their coded selections. */
  sources: QdpxSource[]
  notes: { guid: string; name: string; text: string; creatingUser?: string }[]
  links: { guid: string; name: string; originGuid: string; targetGuid: string; creatingUser?: string }[]
  /** The project's users (GUID and name; a user without a name has none here). */
  users?: { guid: string; name?: string }[]
  /** What was skipped and why, one line each (a selection outside its text, a source whose file is missing…). */
  warnings: string[]
}

export interface QdpxCode {
  guid: string
  name: string
  /** `#rrggbb` (a `#rgb` colour is expanded), or null. */
  color: string | null
  description: string | null
  parentGuid: string | null
}

export interface QdpxSource {
  guid: string
  name: string
  /** The plain text: no BOM, LF line endings. */
  text: string
  selections: QdpxSelection[]
}

export interface QdpxSelection {
  guid: string
  /** UTF-16 offsets into `text` (converted from the file's code-point offsets), end exclusive. */
  start: number
  end: number
  codeGuids: string[]
  /** The selection's Description and the text of the notes it references, separated by blank lines. */
  note: string | null
  /** Who made the selection, and when (the file's `creatingUser` GUID and `creationDateTime`). */
  creatingUser?: string
  creationDateTime?: string
  /** Who applied each code, by code GUID, when a Coding names its own user. */
  codingUsers?: Record<string, string>
}
