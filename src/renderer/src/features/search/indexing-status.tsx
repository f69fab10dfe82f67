import { useEffect, useState } from 'react'
import { onProgress } from '../../api'
import { indexingPercent, nextIndexing, type Indexing } from './indexing-progress'

/** A quiet note in the top bar while the search index is built after a large workspace opens. */
export function IndexingStatus({ initial }: { initial: Indexing | undefined }) {
  const [indexing, setIndexing] = useState<Indexing>(initial ?? null)
  useEffect(() => setIndexing(initial ?? null), [initial])
  useEffect(() => onProgress((e) => setIndexing((current) => nextIndexing(current, e))), [])
  if (!indexing) return null
  const percent = indexingPercent(indexing)
  return (
    <span
      className="indexing-status"
      role="status"
      title="Search works now; the first search may take a moment"
    >
      <progress max={100} value={percent} aria-label="Search index" />
      <span>Indexing {percent}%</span>
    </span>
  )
}
