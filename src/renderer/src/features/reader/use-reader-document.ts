import { useEffect } from 'react'
import type { ApiError, DocumentHead, DocumentView } from '../../../../shared/api'
import { useQuery } from '../../api'
import { ask, queryClient, queryKey } from '../../api/query-client'
import { appStore } from '../../app/app-state'
import { FIRST_CHUNK_CHARS } from './text-chunks'

export interface ReaderDocument {
  /** The whole document, else its head while the whole is on its way; undefined until one is in. */
  shown: DocumentView | DocumentHead | undefined
  whole: boolean
  /** Why the whole document could not be read (a head's error is the same, or is followed by it). */
  error: ApiError | null
  reload(): void
}

const headInput = (id: string) => ({ id, chars: FIRST_CHUNK_CHARS })
const isCached = (id: string) => queryClient.getQueryData(queryKey('documents.get', { id })) !== undefined

/**
 * The document the reader shows. One not in the cache comes in two steps: its head (the first screen, see
 * documents.getHead), then the whole, asked for once the head is in so that the head is not held up behind it.
 */
export function useReaderDocument(id: string | null): ReaderDocument {
  const cached = id !== null && isCached(id)
  const head = useQuery('documents.getHead', id && !cached ? headInput(id) : null)
  const headIn = head.data?.document.id === id || head.error !== null
  const view = useQuery('documents.get', id && (cached || headIn) ? { id } : null)
  const whole = view.data?.document.id === id ? view.data : undefined
  return {
    shown: whole ?? (head.data?.document.id === id ? head.data : undefined),
    whole: whole !== undefined,
    error: whole ? null : view.error,
    reload: view.reload
  }
}

/**
 * Asks for a document's head, then at once for the whole, as useReaderDocument will: started when the document
 * is opened, the requests do not wait for the reader to render.
 */
export async function loadDocument(id: string): Promise<void> {
  if (isCached(id)) return
  const input = headInput(id)
  await queryClient
    .prefetchQuery({
      queryKey: queryKey('documents.getHead', input),
      queryFn: () => ask('documents.getHead', input)
    })
    .then(() =>
      queryClient.prefetchQuery({
        queryKey: queryKey('documents.get', { id }),
        queryFn: () => ask('documents.get', { id })
      })
    )
}

/** Loads each document as it is opened (see loadDocument). */
export function useLoadOpenedDocuments(): void {
  useEffect(() => {
    let open = appStore.getState().documentId
    return appStore.subscribe(() => {
      const id = appStore.getState().documentId
      if (id && id !== open) void loadDocument(id)
      open = id
    })
  }, [])
}
