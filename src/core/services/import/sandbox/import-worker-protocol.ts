import type { PreparedImport } from './prepare-import'

/** What the main thread sends an import worker. */
export type ToImportWorker =
  | { type: 'prepare'; bytes: Uint8Array; fileName: string }
  /** Load the readers of these formats now (pdf.js loads on first use), before any file arrives. */
  | { type: 'preload'; formats: string[] }
  /** The answer to `extracted`: go on with the analysis, or stop there (a duplicate being skipped). */
  | { type: 'proceed'; go: boolean }

/** What an import worker sends back. One `prepare` gets progress, at most one `extracted`, then done or failed. */
export type FromImportWorker =
  | { type: 'ready' }
  /** The file's reader is loaded (pdf.js loads on first use): its time budget starts now. */
  | { type: 'started' }
  | { type: 'progress'; done: number; total: number; label?: string }
  | { type: 'extracted'; textLength: number; contentHash: string }
  | { type: 'done'; result: PreparedImport }
  | { type: 'failed'; failure: ImportWorkerFailure }

/** `import`: an ImportError (its message is the one line to show); `crash`: anything else thrown. */
export type ImportWorkerFailure =
  { kind: 'import'; message: string } | { kind: 'crash'; name: string; message: string }
