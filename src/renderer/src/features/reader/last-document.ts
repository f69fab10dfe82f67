import { useEffect, useState } from 'react'
import { appStore } from '../../app/app-state'

const storageKey = (workspace: string) => `dossier.lastDocument.${workspace}`

function remembered(workspace: string): string | null {
  try {
    return localStorage.getItem(storageKey(workspace))
  } catch {
    return null
  }
}

/** The document to open at startup: the one last read in this workspace if it still exists, else the first listed. */
export function pickStartupDocument(
  documents: readonly { id: string }[],
  lastId: string | null
): string | null {
  if (lastId && documents.some((d) => d.id === lastId)) return lastId
  return documents[0]?.id ?? null
}

let startupDone = false

/** Remembers the open document per workspace (`workspace`: its id, or its path), for the next start. */
export function useRememberDocument(workspace: string | undefined, documentId: string | null): void {
  useEffect(() => {
    if (documentId) startupDone = true
    if (workspace === undefined || !documentId) return
    try {
      localStorage.setItem(storageKey(workspace), documentId)
    } catch {
      // Storage may be full or disabled; the first document opens next time instead.
    }
  }, [workspace, documentId])
}

/**
 * Once per window, when no document is open: opens the last one read in this workspace, or the first. True until
 * that is decided, so the reader does not flash its "open a document" state first.
 */
export function useStartupDocument(
  workspace: string | undefined,
  documents: readonly { id: string }[] | undefined
): boolean {
  const [done, setDone] = useState(startupDone)
  useEffect(() => {
    if (startupDone || workspace === undefined || !documents) return
    startupDone = true
    const id = pickStartupDocument(documents, remembered(workspace))
    // Only the document: the person may already have switched to another view.
    if (id && appStore.getState().documentId === null) appStore.setState({ documentId: id })
    setDone(true)
  }, [workspace, documents])
  return !done
}
