import { describe, expect, it } from 'vitest'
import { secureWebPreferences } from './secure-web-preferences'

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false
    })
  })

  it('loads a CommonJS preload (required by the sandbox)', () => {
    expect(secureWebPreferences('x/index.cjs').preload.endsWith('.cjs')).toBe(true)
  })
})
