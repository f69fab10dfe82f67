const KEY = 'dossier.token'

/**
 * Browser mode: the server's URL carries the access token once, in the fragment (`#token=…`). Move it to
 * sessionStorage and out of the address bar (so it is not bookmarked or shared); later reloads read it back.
 */
export function takeSessionToken(location: Location, storage: Storage, history: History): string {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''))
  const fromUrl = params.get('token')
  if (fromUrl) {
    storage.setItem(KEY, fromUrl)
    params.delete('token')
    const rest = params.toString()
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`)
  }
  return storage.getItem(KEY) ?? ''
}
