#!/usr/bin/env node
// Runs the TypeScript CLI in place (no build step needed after `npm install`).
import { register } from 'tsx/esm/api'
import { fileURLToPath } from 'node:url'

register()
await import(fileURLToPath(new URL('../src/cli/index.ts', import.meta.url)))
