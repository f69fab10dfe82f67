import { useSyncExternalStore } from 'react'
import { MergeDialog } from './merge-dialog'
import { closeMerge, mergeStore, openMerge } from './merge-store'

/** "Merge…": another analyst's export or a REFI-QDA project brought into this workspace (see MergeDialog). */
export function MergeButton() {
  const open = useSyncExternalStore(mergeStore.subscribe, () => mergeStore.getState().open)
  return (
    <>
      <button
        type="button"
        className="button button--small"
        title="Merge another analyst’s export (.json) or a REFI-QDA project (.qdpx) into this workspace"
        onClick={openMerge}
      >
        <span
          className="icon import-export-buttons__icon import-export-buttons__icon--merge"
          aria-hidden="true"
        />
        <span className="import-export-buttons__label">Merge…</span>
      </button>
      {open && <MergeDialog onClose={closeMerge} />}
    </>
  )
}
