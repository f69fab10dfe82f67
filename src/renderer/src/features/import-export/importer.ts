import { useSyncExternalStore } from 'react'
import { api } from '../../api'
import { openDocument } from '../../app/app-state'
import { notify } from '../../app/toast'
import { createImportController, type ImportState } from './import-controller'
import { randomTaskId } from './random-task-id'

/** The app's one import queue: the Import… button, drag and drop (and anyone else) feed it files. */
export const importer = createImportController({
  importFile: (input) => api['import.file'](input),
  cancelTask: (taskId) => api['tasks.cancel']({ taskId }),
  undoImport: async (fileName) => {
    const history = await api['history.state']({})
    if (history.undoLabel !== `Import ${fileName}`) return false
    await api['history.undo']({})
    return true
  },
  documentTitle: async (id) => (await api['documents.list']({})).find((d) => d.id === id)?.title ?? null,
  notify,
  openDocument,
  newTaskId: () => randomTaskId('import')
})

export function useImportState<T>(selector: (s: ImportState) => T): T {
  return useSyncExternalStore(
    importer.store.subscribe,
    () => selector(importer.store.getState()),
    () => selector(importer.store.getState())
  )
}
