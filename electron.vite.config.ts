import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import {
  META_CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy
} from './src/transport/content-security-policy'

/** `electron-vite dev` only: React refresh's inline preamble and HMR's websocket need a looser CSP. */
function devCsp(): Plugin {
  return {
    name: 'dossier-dev-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const origin = ctx.server?.resolvedUrls?.local[0] ?? 'http://localhost:5173'
        return html.replace(META_CONTENT_SECURITY_POLICY, devContentSecurityPolicy(new URL(origin).origin))
      }
    }
  }
}

/** Where the build goes: `out/` unless DOSSIER_OUT_DIR says otherwise (the benchmark builds beside it). */
const OUT = resolve(process.env.DOSSIER_OUT_DIR ?? 'out')

export default defineConfig({
  main: {
    build: {
      outDir: resolve(OUT, 'main'),
      lib: {
        entry: {
          index: resolve('src/main/index.ts'),
          // The import sandbox's worker thread: an entry of its own, found beside the bundle at run time.
          'import-worker': resolve('src/core/services/import/sandbox/import-worker.ts')
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`
      }
    }
  },
  preload: {
    // A sandboxed preload cannot `require` anything but electron: one self-contained CommonJS file.
    build: {
      outDir: resolve(OUT, 'preload'),
      externalizeDeps: false,
      lib: { entry: resolve('src/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' }
    }
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), devCsp()],
    build: { outDir: resolve(OUT, 'renderer'), emptyOutDir: true, minify: 'esbuild' }
  }
})
