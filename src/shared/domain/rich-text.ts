import { z } from 'zod'

export const MAX_RICH_DEPTH = 40

export interface RichNode {
  type: string
  attrs?: Record<string, unknown>
  content?: RichNode[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}

/** TipTap/ProseMirror JSON. Bounded in depth and size; rendered only through the editor schema, never as HTML. */
export const RichNode: z.ZodType<RichNode> = z.lazy(() =>
  z
    .object({
      type: z.string().min(1).max(64),
      attrs: z.record(z.string().max(64), z.unknown()).optional(),
      content: z.array(RichNode).max(10_000).optional(),
      marks: z
        .array(
          z
            .object({
              type: z.string().min(1).max(64),
              attrs: z.record(z.string().max(64), z.unknown()).optional()
            })
            .strict()
        )
        .max(20)
        .optional(),
      text: z.string().max(200_000).optional()
    })
    .strict()
)

export const RichDoc = RichNode.refine((n) => n.type === 'doc', 'rich text must be a "doc" node').refine(
  (n) => depthOf(n) <= MAX_RICH_DEPTH,
  `rich text is nested more than ${MAX_RICH_DEPTH} levels deep`
)
export type RichDoc = RichNode

function depthOf(n: RichNode): number {
  let max = 0
  for (const c of n.content ?? []) max = Math.max(max, depthOf(c))
  return max + 1
}

export const emptyRichDoc = (): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] })
