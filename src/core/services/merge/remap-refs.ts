import type { RichNode } from '../../../shared/domain'

/**
 * A copy of a note (or highlight note) whose statement and theme chips point at this workspace's ids: `statement`
 * and `theme` give the new id, or undefined to leave a chip as it was.
 */
export function remapRefs(
  node: RichNode,
  statement: (id: string) => string | undefined,
  theme: (id: string) => string | undefined
): RichNode {
  const id = node.attrs?.id
  const mapped =
    typeof id !== 'string'
      ? undefined
      : node.type === 'statementRef'
        ? statement(id)
        : node.type === 'themeRef'
          ? theme(id)
          : undefined
  return {
    ...node,
    ...(mapped !== undefined && { attrs: { ...node.attrs, id: mapped } }),
    ...(node.content && { content: node.content.map((c) => remapRefs(c, statement, theme)) })
  }
}
