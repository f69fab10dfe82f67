import { describe, expect, it } from 'vitest'
import {
  decideNavigation,
  decidePermission,
  decideWindowOpen,
  isAppUrl,
  isTrustedSender
} from './app-url-policy'

const fileEntry = 'file:///opt/Dossier/resources/app.asar/out/renderer/index.html'
const devEntry = 'http://localhost:5173/'

describe('isAppUrl', () => {
  it('accepts our renderer file, with any query or fragment', () => {
    expect(isAppUrl(fileEntry, fileEntry)).toBe(true)
    expect(isAppUrl(`${fileEntry}#/notes`, fileEntry)).toBe(true)
  })
  it('rejects other files and other schemes', () => {
    expect(isAppUrl('file:///etc/passwd', fileEntry)).toBe(false)
    expect(isAppUrl('file:///opt/Dossier/resources/app.asar/out/renderer/other.html', fileEntry)).toBe(false)
    expect(isAppUrl('https://example.com/', fileEntry)).toBe(false)
    expect(isAppUrl('not a url', fileEntry)).toBe(false)
  })
  it('matches the dev server by origin', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', devEntry)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', devEntry)).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5173/', devEntry)).toBe(false)
  })
})

describe('decideNavigation (will-navigate)', () => {
  it('stays on the app, asks before opening web links elsewhere, denies the rest', () => {
    expect(decideNavigation(`${fileEntry}#x`, fileEntry)).toBe('allow')
    expect(decideNavigation('https://example.com/article', fileEntry)).toBe('ask-external')
    expect(decideNavigation('http://example.com/', fileEntry)).toBe('ask-external')
    expect(decideNavigation('file:///home/user/.ssh/id_rsa', fileEntry)).toBe('deny')
    expect(decideNavigation('javascript:alert(1)', fileEntry)).toBe('deny')
    expect(decideNavigation('data:text/html,<script>', fileEntry)).toBe('deny')
    expect(decideNavigation('smb://host/share', fileEntry)).toBe('deny')
  })
})

describe('decideWindowOpen (setWindowOpenHandler)', () => {
  it('never opens an Electron window: web links are offered to the browser, others denied', () => {
    expect(decideWindowOpen('https://example.com/')).toBe('ask-external')
    expect(decideWindowOpen(fileEntry)).toBe('deny')
    expect(decideWindowOpen('file:///etc/passwd')).toBe('deny')
    expect(decideWindowOpen('mailto:a@b.c')).toBe('deny')
    expect(decideWindowOpen('about:blank')).toBe('deny')
  })
})

describe('isTrustedSender (ipcMain dossier:invoke)', () => {
  it('serves only the main window’s top frame showing our renderer', () => {
    expect(isTrustedSender({ frameUrl: fileEntry, isMainWindowTopFrame: true }, fileEntry)).toBe(true)
    expect(isTrustedSender({ frameUrl: fileEntry, isMainWindowTopFrame: false }, fileEntry)).toBe(false)
    expect(
      isTrustedSender({ frameUrl: 'https://evil.example/', isMainWindowTopFrame: true }, fileEntry)
    ).toBe(false)
    expect(isTrustedSender({ frameUrl: null, isMainWindowTopFrame: true }, fileEntry)).toBe(false)
    expect(
      isTrustedSender({ frameUrl: 'http://localhost:5173/', isMainWindowTopFrame: true }, devEntry)
    ).toBe(true)
  })
})

describe('decidePermission', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'unknown'
  ])('denies %s', (permission) => expect(decidePermission(permission)).toBe(false))
})
