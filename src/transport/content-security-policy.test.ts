import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  devContentSecurityPolicy
} from './content-security-policy'

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values])
  )

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only our own scripts, styles, images, fonts and connections', () => {
    const d = directives(CONTENT_SECURITY_POLICY)
    expect(d.get('default-src')).toEqual(["'self'"])
    expect(d.get('script-src')).toEqual(["'self'"])
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(d.get('img-src')).toEqual(["'self'", 'data:'])
    expect(d.get('font-src')).toEqual(["'self'"])
    expect(d.get('connect-src')).toEqual(["'self'"])
    expect(d.get('object-src')).toEqual(["'none'"])
    expect(d.get('base-uri')).toEqual(["'none'"])
    expect(d.get('form-action')).toEqual(["'none'"])
    expect(d.get('frame-ancestors')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|http:|https:/)
  })

  it('is the policy of the meta tag of index.html, less frame-ancestors (which only works as a header)', () => {
    const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY)
    expect(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY)
  })

  it('loosens only script-src and connect-src for the dev server', () => {
    const d = directives(devContentSecurityPolicy('http://localhost:5173'))
    expect(d.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(d.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173'])
    expect(d.get('object-src')).toEqual(["'none'"])
  })

  it('sends the CSP and the isolation headers in browser mode', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin'
    })
  })
})
