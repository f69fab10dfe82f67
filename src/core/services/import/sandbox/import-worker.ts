import { isMainThread, parentPort } from 'node:worker_threads'
import type { FromImportWorker, ImportWorkerFailure, ToImportWorker } from './import-worker-protocol'
import { detectFormat, type ImportFormat } from '../detect-format'
import { loadImporter } from '../index'
import { prepareImport } from './prepare-import'

/*
 * The import sandbox's worker (see ImportSandbox): runs prepareImport for one file at a time and reports back.
 * The text analysis is loaded before `ready`; a format's importer (pdf.js, jsdom, mammoth…) before its file's time
 * budget starts, or ahead on `preload`. A warm worker starts each import at once.
 */
if (isMainThread || !parentPort) throw new Error('import-worker runs in a worker thread (see ImportSandbox)')
const port = parentPort
const send = (message: FromImportWorker): void => port.postMessage(message)
let answer: ((go: boolean) => void) | null = null

port.on('message', (message: ToImportWorker) => {
  if (message.type === 'proceed') {
    answer?.(message.go)
    answer = null
  } else if (message.type === 'preload') {
    for (const format of message.formats) void loadReader(format).catch(() => undefined)
  } else {
    void prepare(message.bytes, message.fileName)
  }
})
send({ type: 'ready' })

async function prepare(bytes: Uint8Array, fileName: string): Promise<void> {
  try {
    await loadReader(detectFormat(bytes, fileName))
    send({ type: 'started' })
    const result = await prepareImport(bytes, fileName, {
      onProgress: (done, total, label) => send({ type: 'progress', done, total, label }),
      onExtracted: (info) =>
        new Promise<boolean>((resolve) => {
          answer = resolve
          send({ type: 'extracted', ...info })
        })
    })
    send({ type: 'done', result })
  } catch (err) {
    send({ type: 'failed', failure: describeFailure(err) })
  }
}

/**
 * Loads the reader of the file's format (pdf.js for a PDF, jsdom for a page…) before the clock starts, so that
 * loading it is not counted in the file's time budget.
 */
async function loadReader(format: string): Promise<unknown> {
  if (format === 'json' || format === 'qdpx') return
  const importer = await loadImporter(format as ImportFormat)
  if (format === 'pdf') {
    await import('pdfjs-dist/legacy/build/pdf.mjs')
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  }
  return importer
}

function describeFailure(err: unknown): ImportWorkerFailure {
  const e = err as { name?: unknown; message?: unknown } | null
  const name = typeof e?.name === 'string' ? e.name : 'Error'
  const message = typeof e?.message === 'string' ? e.message : String(err)
  return name === 'ImportError' ? { kind: 'import', message } : { kind: 'crash', name, message }
}
