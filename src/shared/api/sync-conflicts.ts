import { z } from 'zod'
import { Id, IsoDateTime } from '../domain'

/**
 * A statement's speaker changed on two sides from the same speaker: the team copy took `speakerId` (the same on
 * every side) and `otherSpeakerId` is what a teammate chose. Accept takes the other; keep stays with the current.
 */
export const SpeakerConflict = z.object({
  id: z.string(),
  kind: z.literal('speaker'),
  statementId: Id,
  documentId: Id,
  documentTitle: z.string(),
  speakerId: Id.nullable(),
  speakerName: z.string().nullable(),
  otherSpeakerId: Id.nullable(),
  otherSpeakerName: z.string().nullable(),
  /** The coder who chose the other speaker, and whether that is this machine's coder. */
  otherBy: z.string().nullable(),
  otherByYou: z.boolean(),
  /** The coder whose choice the team copy kept, and whether that is this machine's coder. */
  keptBy: z.string().nullable(),
  keptByYou: z.boolean()
})
export type SpeakerConflict = z.infer<typeof SpeakerConflict>

/**
 * A teammate deleted a document this analyst had worked in: a copy of it as it was here is kept beside the
 * workspace until restored (the document comes back for the whole team) or confirmed (the copy is dropped).
 */
export const DeletedDocumentConflict = z.object({
  id: z.string(),
  kind: z.literal('deletedDocument'),
  documentId: Id,
  title: z.string(),
  /** The teammate who deleted it, when the team copy says. */
  deletedBy: z.string().nullable(),
  keptAt: IsoDateTime,
  /** This analyst's work in it: highlights made here (`notes` of them with a note) and codings applied. */
  highlights: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
  codings: z.number().int().nonnegative()
})
export type DeletedDocumentConflict = z.infer<typeof DeletedDocumentConflict>

/**
 * A theme deleted on one side while another coded with it: those codings are kept in the team copy but not
 * applied. Restore brings the theme back with them (for the whole team); confirm drops them.
 */
export const DeletedThemeConflict = z.object({
  id: z.string(),
  kind: z.literal('deletedTheme'),
  themeId: Id,
  /** The theme's name when its deletion was recorded (null: deleted before that was). */
  themeName: z.string().nullable(),
  deletedBy: z.string().nullable(),
  deletedByYou: z.boolean(),
  /** The codings that use it, and how many of them this coder applied. */
  codings: z.number().int().positive(),
  yours: z.number().int().nonnegative()
})
export type DeletedThemeConflict = z.infer<typeof DeletedThemeConflict>

/** What team sync could not merge silently, on this machine. */
export const SyncConflict = z.discriminatedUnion('kind', [
  SpeakerConflict,
  DeletedDocumentConflict,
  DeletedThemeConflict
])
export type SyncConflict = z.infer<typeof SyncConflict>

export const SYNC_CONFLICT_ACTIONS = ['accept', 'keep', 'restore', 'confirm'] as const
export const SyncConflictAction = z.enum(SYNC_CONFLICT_ACTIONS)
export type SyncConflictAction = z.infer<typeof SyncConflictAction>

export const SyncResolveInput = z.strictObject({
  id: z
    .string()
    .regex(/^(speaker|document|theme):[A-Za-z0-9_.-]{1,80}$/, 'must be a conflict id from sync.conflicts'),
  /** accept / keep a speaker conflict; restore / confirm a deleted document or the codings of a deleted theme. */
  action: SyncConflictAction
})
export type SyncResolveInput = z.infer<typeof SyncResolveInput>
