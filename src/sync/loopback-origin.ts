const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Whether a WebSocket upgrade may proceed given its Origin header: Dossier's own clients (Node) send none; a page
 * served from this machine may connect; any other web page may not (it would ride on the analyst's network).
 */
export function originAllowed(origin: string | undefined): boolean {
  if (origin === undefined) return true
  try {
    const url = new URL(origin)
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname)
  } catch {
    return false
  }
}
