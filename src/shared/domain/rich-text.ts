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

const TOO_DEEP = `rich text is nested more than ${MAX_RICH_DEPTH} levels deep`

/**
 * Checked before the recursive schema runs: a hostile document nested thousands of levels deep would otherwise
 * overflow the stack inside zod. A node level is two JSON levels (node, content array); marks and attrs add a few.
 */
const BoundedJson = z.custom<unknown>((v) => jsonDepthAtMost(v, 2 * MAX_RICH_DEPTH + 20), TOO_DEEP)

export const RichDoc = BoundedJson.pipe(RichNode)
  .refine((n) => n.type === 'doc', 'rich text must be a "doc" node')
  .refine((n) => depthOf(n) <= MAX_RICH_DEPTH, TOO_DEEP)
export type RichDoc = RichNode

/** Iterative, so it cannot overflow the stack itself. */
function jsonDepthAtMost(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!
    if (v === null || typeof v !== 'object') continue
    if (depth > max) return false
    for (const child of Object.values(v))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1])
  }
  return true
}

function depthOf(n: RichNode): number {
  let max = 0
  for (const c of n.content ?? []) max = Math.max(max, depthOf(c))
  return max + 1
}

export const emptyRichDoc = (): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] })
