import { useState } from 'react'
import { readerDataSignature, type ReaderData } from './reader-decorations'

interface Tracked {
  data: ReaderData
  /** Worked out only once there is a later data to compare with. */
  signature: string | null
  version: number
}

/**
 * A key that changes only when what the reader draws changes (see readerDataSignature), to skip needless rebuilds.
 * The first data of a document costs nothing: the signatures are compared only when a new data arrives.
 */
export function useDataVersion(data: ReaderData): string {
  const [tracked, setTracked] = useState<Tracked>({ data, signature: null, version: 0 })
  if (tracked.data === data) return `v${tracked.version}`
  const before = tracked.signature ?? readerDataSignature(tracked.data)
  const after = readerDataSignature(data)
  const next = { data, signature: after, version: before === after ? tracked.version : tracked.version + 1 }
  setTracked(next)
  return `v${next.version}`
}
