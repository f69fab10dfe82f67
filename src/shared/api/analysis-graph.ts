import { z } from 'zod'
import { HexColor, Id, Relation } from '../domain'
import { AnalysisFilter } from './inputs'

const strict = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict()
const Count = z.number().int().min(0)

export const GRAPH_GROUPINGS = ['speaker', 'document', 'none'] as const
export const DEFAULT_GRAPH_LIMIT = 2000

/** Around a statement, or around every statement of a speaker: what is reached over links within `hops`. */
export const GraphFocus = strict({
  statementId: Id.optional(),
  speakerId: Id.optional(),
  hops: z.number().int().min(1).max(5)
}).refine((f) => (f.statementId === undefined) !== (f.speakerId === undefined), {
  message: 'give exactly one of statementId or speakerId'
})

export const GraphInput = strict({
  filter: AnalysisFilter.optional(),
  /** The compound parents nodes sit in (default speaker). */
  groupBy: z.enum(GRAPH_GROUPINGS).optional(),
  focus: GraphFocus.optional(),
  /** At most this many statement nodes (default 2,000); the rest are left out and `truncated` is set. */
  limit: z.number().int().min(1).max(20_000).optional()
})
export type GraphInput = z.infer<typeof GraphInput>

export const GraphNode = strict({
  id: Id,
  /** The statement's text, shortened. */
  label: z.string(),
  documentId: Id,
  speakerId: Id.nullable(),
  /** The group node it sits in, or null when not grouped. */
  group: z.string().nullable(),
  /** Links it has in the whole workspace. */
  degree: Count
})
export type GraphNode = z.infer<typeof GraphNode>

export const GraphGroup = strict({
  /** `speaker:<id>`, `speaker:none` or `document:<id>`. */
  id: z.string(),
  kind: z.enum(['speaker', 'document']),
  /** The speaker or document, null for "no speaker". */
  refId: Id.nullable(),
  label: z.string()
})
export type GraphGroup = z.infer<typeof GraphGroup>

export const GraphEdge = strict({ id: Id, source: Id, target: Id, relation: Relation })
export type GraphEdge = z.infer<typeof GraphEdge>

export const GraphView = strict({
  nodes: z.array(GraphNode),
  groups: z.array(GraphGroup),
  edges: z.array(GraphEdge),
  /** Statement nodes before the limit was applied. */
  total: Count,
  truncated: z.boolean()
})
export type GraphView = z.infer<typeof GraphView>

export const TIMELINE_LANES = ['speaker', 'theme'] as const
export const TimelineInput = strict({
  filter: AnalysisFilter.optional(),
  /** One lane per speaker (default) or per top-level theme. */
  lanes: z.enum(TIMELINE_LANES).optional(),
  /** Lanes kept apart; the rest share an "Others" lane (default 12). */
  maxLanes: z.number().int().min(1).max(100).optional(),
  /** Send each point's statement id (default true); a chart that only draws leaves them out, halving the reply. */
  ids: z.boolean().optional()
})
export type TimelineInput = z.infer<typeof TimelineInput>

export const TimelineLane = strict({
  /** A speaker or theme id, `none` (no speaker, no theme) or `other`. */
  key: z.string(),
  label: z.string(),
  /** The theme's colour; null where the view picks one. */
  color: HexColor.nullable(),
  count: Count
})
export type TimelineLane = z.infer<typeof TimelineLane>

/**
 * Dated points as parallel arrays (a point is the same index in each), so 100,000 of them stay small on the
 * wire. A statement coded under two top-level themes is a point in each of their lanes.
 */
export const TimelinePoints = strict({
  /** Absent when asked without ids. */
  statementIds: z.array(Id).optional(),
  /** Milliseconds since the epoch (UTC): the document's date, plus the statement's time cue when it has one. */
  times: z.array(z.number()),
  /** Index into `lanes`. */
  lanes: z.array(Count),
  /** Index into `documents`. */
  documents: z.array(Count)
})
export type TimelinePoints = z.infer<typeof TimelinePoints>

export const TimelineView = strict({
  lanes: z.array(TimelineLane),
  documents: z.array(strict({ id: Id, title: z.string() })),
  points: TimelinePoints,
  /** Statements the filter keeps whose document has no date. */
  undated: Count,
  /** Statements the filter keeps, dated or not. */
  total: Count
})
export type TimelineView = z.infer<typeof TimelineView>

export const SpeakersInput = strict({
  /** Speaker ids (or `none`, statements without a speaker), two or more. */
  speakerIds: z.array(Id).min(2).max(50),
  filter: AnalysisFilter.optional()
})
export type SpeakersInput = z.infer<typeof SpeakersInput>

export const SpeakerProfile = strict({
  id: Id,
  name: z.string(),
  /** Statements of the speaker the filter keeps. */
  total: Count,
  /** Theme id → how many of those statements the theme codes (on the statement or a highlight). */
  themes: z.record(z.string(), Count)
})
export type SpeakerProfile = z.infer<typeof SpeakerProfile>

export const SpeakerLinkCount = strict({ fromId: Id, toId: Id, relation: Relation, count: Count })
export type SpeakerLinkCount = z.infer<typeof SpeakerLinkCount>

export const SpeakersView = strict({
  speakers: z.array(SpeakerProfile),
  /** The themes in any profile, most used first. */
  themes: z.array(strict({ id: Id, name: z.string(), color: HexColor })),
  /** Links from a statement of one chosen speaker to one of another (or the same), by relation. */
  links: z.array(SpeakerLinkCount)
})
export type SpeakersView = z.infer<typeof SpeakersView>
