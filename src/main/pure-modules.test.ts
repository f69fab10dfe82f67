import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// These hold the shell's decisions and are shared with browser mode: they must load without Electron.
const PURE = [
  'app-url-policy.ts',
  'export-format.ts',
  'import-export-files.ts',
  'menu-template.ts',
  'report-pdf.ts',
  'secure-web-preferences.ts',
  'workspace-session.ts'
]

describe('pure main-process modules', () => {
  it.each(PURE)('%s does not import electron', (file) => {
    const source = readFileSync(new URL(file, import.meta.url), 'utf8')
    expect(source).not.toMatch(/from ['"]electron['"]|require\(['"]electron['"]\)/)
  })
})
