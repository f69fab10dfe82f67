import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

/**
 * The layers of src/, as an allowlist (VS Code's code-layering): each folder names the folders it may import.
 * Anything else of src/ is refused, and so are Node (for code that runs in the renderer), Electron and React where
 * they do not belong.
 */
const LAYERS = {
  shared: [],
  editor: ['shared'],
  transport: ['shared', 'preload'],
  core: ['shared', 'editor'],
  server: ['shared', 'core', 'transport'],
  cli: ['shared', 'core', 'server', 'editor', 'sync'],
  sync: ['shared', 'core'],
  preload: ['shared', 'transport'],
  main: ['shared', 'core', 'editor', 'transport', 'preload'],
  renderer: ['shared', 'editor', 'preload']
}
const NODE = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'http',
  'url'
]
const FORBIDDEN_PACKAGES = {
  shared: [...NODE, 'electron', 'react', 'react-dom', '@tiptap/react', 'lowdb'],
  editor: [...NODE, 'electron', 'react', 'react-dom', '@tiptap/react'],
  transport: [...NODE, 'electron', 'react', 'react-dom'],
  core: ['electron', 'react', 'react-dom', '@tiptap/react'],
  server: ['electron', 'react', 'react-dom', '@tiptap/react'],
  cli: ['electron', 'react', 'react-dom', '@tiptap/react'],
  sync: ['electron', 'react', 'react-dom', '@tiptap/react', 'lowdb'],
  preload: ['react', 'react-dom'],
  main: ['react', 'react-dom', '@tiptap/react'],
  renderer: [...NODE, 'electron', 'lowdb', 'proper-lockfile', 'jsdom']
}

const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**']

/** The no-restricted-imports settings of one layer; tests (which run in Node) may use Node in any layer. */
function layerRules(layer, { tests = false } = {}) {
  const others = Object.keys(LAYERS).filter((l) => l !== layer && !LAYERS[layer].includes(l))
  const files = [layer === 'renderer' ? 'src/renderer/**/*.{ts,tsx}' : `src/${layer}/**/*.{ts,tsx}`]
  const patterns = [
    {
      // Imports of src/ folders are relative: `../core/x`, `../../shared/api`.
      regex: `^(\\.\\./)+(${others.join('|')})(/|$)`,
      message: `${layer} may import only ${LAYERS[layer].join(', ') || 'itself'} (the layers in eslint.config.js)`
    }
  ]
  if (!tests)
    patterns.push({
      group: FORBIDDEN_PACKAGES[layer],
      message: `${layer} must not depend on this (the layers in eslint.config.js)`
    })
  return {
    files: tests ? files.map((f) => f.replace('*.{ts,tsx}', '*.test.{ts,tsx}')) : files,
    ...(tests ? {} : { ignores: TESTS }),
    rules: { 'no-restricted-imports': ['error', { patterns }] }
  }
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'artifacts/**',
      'test-results/**',
      'playwright-report/**',
      'test-fixtures/**',
      '**/bench-out/**',
      '.probe/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off'
    }
  },
  {
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/triple-slash-reference': 'off' }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' }
  },
  ...Object.keys(LAYERS).map((l) => layerRules(l)),
  ...Object.keys(LAYERS).map((l) => layerRules(l, { tests: true })),
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'bin/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly'
      }
    }
  }
)
