/** Debian's Chromium (never `playwright install`), and the flags that keep it offline and quiet. */
export const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]
