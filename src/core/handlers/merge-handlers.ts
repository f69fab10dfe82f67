import { ApiError, type NamespaceHandlers, type MergeInput, type MergeSummary } from '../../shared/api'
import type { WorkspaceSnapshot } from '../../shared/domain'
import type { WorkspaceState } from '../model/workspace-state'
import type { MergePlan } from '../services/merge/plan-merge'
import type { Workspace } from '../workspace'

/** The file read (a REFI-QDA project in the import sandbox); the snapshot is made against the state of the moment. */
type Incoming = { kind: MergeSummary['kind']; snapshot: (s: WorkspaceState) => WorkspaceSnapshot }

async function readIncoming(input: MergeInput): Promise<Incoming> {
  const { displayName, ImportError } = await import('../services/import/imported-source')
  const name = displayName(input.fileName)
  const decoded = Buffer.from(input.base64, 'base64')
  const bytes = new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength)
  try {
    const { detectFormat } = await import('../services/import/detect-format')
    const format = detectFormat(bytes, input.fileName)
    if (format === 'json') {
      const { readMergeExport } = await import('../services/merge/read-merge-export')
      const snapshot = readMergeExport(bytes, name)
      return { kind: 'dossier', snapshot: () => snapshot }
    }
    if (format !== 'qdpx')
      throw new ApiError(
        'INVALID_INPUT',
        `${name} is neither a Dossier export (.json) nor a REFI-QDA project (.qdpx); nothing was changed`
      )
    const [{ importSandbox }, { qdpxToSnapshot }] = await Promise.all([
      import('../services/import/sandbox/import-sandbox'),
      import('../services/merge/qdpx-to-snapshot')
    ])
    const prepared = await importSandbox.run(bytes, input.fileName)
    if (prepared.kind !== 'qdpx') throw new Error('the sandbox did not read a REFI-QDA project')
    const { project, analyses } = prepared
    return {
      kind: 'qdpx',
      snapshot: (s) =>
        qdpxToSnapshot(project, analyses, { documents: s.docs.values(), speakers: s.speakers.values() }, name)
    }
  } catch (err) {
    if (err instanceof ImportError) throw new ApiError('INVALID_INPUT', err.message)
    throw err
  }
}

/** merge.preview says what merging another workspace's export would bring in; merge.apply does it, undoably. */
export function mergeHandlers(ws: Workspace): NamespaceHandlers<'merge'> {
  const s = ws.state
  /** Reads the file, then plans the merge against the state when `run` runs (after pending writes). */
  const planned = async <T>(
    input: MergeInput,
    run: (plan: () => MergePlan, name: string) => Promise<T>
  ): Promise<T> => {
    const incoming = await readIncoming(input)
    const { planMerge } = await import('../services/merge/plan-merge')
    const { displayName } = await import('../services/import/imported-source')
    const fileName = displayName(input.fileName)
    const options = { fileName, kind: incoming.kind, addSources: input.addSources ?? false }
    return run(() => planMerge(s, incoming.snapshot(s), options), fileName)
  }
  return {
    'merge.preview': (input) => planned(input, (plan) => ws.read(() => plan().summary)),

    'merge.apply': (input) =>
      planned(input, (plan, name) =>
        ws.mutate(`Merge ${name}`, () => {
          const { changes, summary } = plan()
          if (summary.refusal) throw new ApiError('CONFLICT', summary.refusal)
          return { changes, result: { ...summary, applied: changes.length > 0 } }
        })
      )
  }
}
