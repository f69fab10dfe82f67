// Starts the import worker from the TypeScript sources (the CLI, vitest): a worker thread does not inherit the
// tsx loader its parent registered, so it registers its own. The built app starts out/main/import-worker.js.
import { register } from 'tsx/esm/api'

register()
await import(new URL('./import-worker.ts', import.meta.url).href)
