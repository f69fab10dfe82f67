import type { CoreService } from '../core-service'

/** JSON with object keys sorted and entity lists sorted by id: the order of a Map after a rollback is not content. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical)
    const ids = items.map(
      (i) =>
        (i as { id?: unknown; document?: { id?: unknown } })?.id ??
        (i as { document?: { id?: unknown } })?.document?.id
    )
    const byId = ids.every((id) => typeof id === 'string')
    return byId
      ? items
          .map((item, i) => [ids[i] as string, item] as const)
          .sort((a, b) => (a[0] < b[0] ? -1 : 1))
          .map(([, item]) => item)
      : items
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])])
    )
  return value
}

/**
 * Everything a user could see change: workspace.stats, the full JSON export (minus its timestamp) and the undo
 * history (unless `history: false`, e.g. across a reopen). Two equal fingerprints mean nothing was changed in between.
 */
export async function workspaceFingerprint(
  core: CoreService,
  opts: { history?: boolean } = {}
): Promise<string> {
  const stats = await core.dispatch('workspace.stats', {})
  const exported = (await core.dispatch('export.run', { format: 'json' })) as { files: { text?: string }[] }
  const snapshot = JSON.parse(exported.files[0]?.text ?? 'null') as Record<string, unknown> | null
  if (snapshot) delete snapshot.exportedAt
  const history = opts.history === false ? null : await core.dispatch('history.state', {})
  return JSON.stringify(canonical({ stats, snapshot, history }))
}

/** Where two fingerprints first differ, with some context; '' when equal. For assertion messages. */
export function fingerprintDifference(expected: string, actual: string): string {
  if (expected === actual) return ''
  let i = 0
  while (i < expected.length && expected[i] === actual[i]) i++
  const from = Math.max(0, i - 120)
  return `first difference at ${i}:\n  expected …${expected.slice(from, i + 120)}…\n  actual   …${actual.slice(from, i + 120)}…`
}
