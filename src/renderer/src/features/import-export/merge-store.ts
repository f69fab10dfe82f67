import { createStore } from '../../app/app-state'

/** Whether the merge dialog is open: the top bar's Merge… and the desktop menu's File › Merge… open it. */
export const mergeStore = createStore<{ open: boolean }>({ open: false })

export const openMerge = (): void => mergeStore.setState({ open: true })
export const closeMerge = (): void => mergeStore.setState({ open: false })
