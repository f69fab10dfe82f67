/** The one Content-Security-Policy of Dossier: Electron (header + meta tag) and browser mode (header). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/** For index.html's meta tag: browsers ignore (and warn about) frame-ancestors there; headers carry it. */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(/; frame-ancestors [^;]+/, '')

/**
 * Only for the Vite dev server (`electron-vite dev`): React refresh needs an inline preamble and HMR a
 * websocket. Never used for built files.
 */
export function devContentSecurityPolicy(devServerOrigin: string): string {
  const ws = devServerOrigin.replace(/^http/, 'ws')
  return META_CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    `script-src 'self' 'unsafe-inline'`
  ).replace("connect-src 'self'", `connect-src 'self' ${ws}`)
}

/** Headers every HTTP response of browser mode carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY'
}
