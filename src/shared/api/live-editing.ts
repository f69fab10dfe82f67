import { z } from 'zod'

/** Browser mode: GET here says whether the server hosts live editors of note bodies (`LiveEditing`). */
export const LIVE_EDITING_PATH = '/api/live'
/** The WebSocket subprotocol of a live editor; the session token travels as a second one. */
export const LIVE_PROTOCOL = 'dossier-live'

export const LiveEditing = z.object({ on: z.boolean() }).strict()
export type LiveEditing = z.infer<typeof LiveEditing>

/** What a live body belongs to, as it appears in `/api/live/<owner>/<id>`. */
export type LiveOwner = 'notes' | 'annotations'
